import { format, messages } from '../../messages';
import { adaptiveCard } from './adaptive-card';

/** The help reply as a Teams card (commands in Vietnamese). */
export function helpCard(): Record<string, unknown> {
  const h = messages.help;
  return adaptiveCard([
    { type: 'TextBlock', text: h.title, weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'FactSet', facts: h.commands.map(([title, value]) => ({ title, value: format(value, { example: h.exampleQuestion }) })) },
    { type: 'TextBlock', text: h.groupHint, wrap: true, isSubtle: true },
    { type: 'TextBlock', text: messages.welcome.notice, wrap: true, isSubtle: true, size: 'Small' },
  ]);
}
