import { messages } from '../messages';
import { adaptiveCard } from './replies/adaptive-card';

/** The Adaptive Card sent when the bot is installed or added: what it does, what never to send, the AI notice. */
export function welcomeCard(): Record<string, unknown> {
  const w = messages.welcome;
  const bullets = (items: string[]) => items.map((t) => ({ type: 'TextBlock', text: `• ${t}`, wrap: true, spacing: 'Small' }));
  return adaptiveCard([
    { type: 'TextBlock', text: w.title, weight: 'Bolder', size: 'Large', wrap: true },
    { type: 'TextBlock', text: w.intro, wrap: true },
    { type: 'TextBlock', text: w.canDoTitle, weight: 'Bolder', wrap: true, spacing: 'Medium' },
    ...bullets(w.canDo),
    { type: 'TextBlock', text: w.neverSendTitle, weight: 'Bolder', color: 'Attention', wrap: true, spacing: 'Medium' },
    ...bullets(w.neverSend),
    { type: 'TextBlock', text: w.notice, wrap: true, isSubtle: true, size: 'Small', spacing: 'Medium' },
    { type: 'TextBlock', text: w.helpHint, wrap: true, size: 'Small' },
  ]);
}
