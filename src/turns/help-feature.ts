import type { FeatureHandler } from './feature';
import { format, messages } from '../messages';
import { foldVietnamese } from './fold';
import { adaptiveCard } from './adaptive-card';

const HELP_WORDS = new Set(['/help', 'help', 'tro giup', '/trogiup', 'huong dan', '/huongdan', '?']);

/** Builds the help card (commands in Vietnamese). */
export function helpCard(): Record<string, unknown> {
  const h = messages.help;
  return adaptiveCard([
    { type: 'TextBlock', text: h.title, weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'FactSet', facts: h.commands.map(([title, value]) => ({ title, value: format(value, { example: h.exampleQuestion }) })) },
    { type: 'TextBlock', text: h.groupHint, wrap: true, isSubtle: true },
    { type: 'TextBlock', text: messages.welcome.notice, wrap: true, isSubtle: true, size: 'Small' },
  ]);
}

/** `trợ giúp` / `/help`: the list of what the assistant does and how to ask. */
export function createHelpFeature(): FeatureHandler {
  return {
    name: 'help',
    gated: false,
    matches: (turn) => HELP_WORDS.has(foldVietnamese(turn.text).replace(/[.!]+$/, '')),
    handle: async () => ({
      replies: [{ kind: 'card', card: helpCard(), summary: messages.help.title }],
      outcome: { feature: 'help', outcome: 'shown' },
    }),
  };
}
