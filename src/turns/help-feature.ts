import type { FeatureHandler } from './feature';
import { foldVietnamese } from '../core/vietnamese';

const HELP_WORDS = new Set(['/help', 'help', 'tro giup', '/trogiup', 'huong dan', '/huongdan', '?']);

/** `trợ giúp` / `/help`: the list of what the assistant does and how to ask (each channel renders it). */
export function createHelpFeature(): FeatureHandler {
  return {
    name: 'help',
    gated: false,
    matches: (turn) => HELP_WORDS.has(foldVietnamese(turn.text).replace(/[.!]+$/, '')),
    handle: async () => ({
      replies: [{ kind: 'help' }],
      outcome: { feature: 'help', outcome: 'shown' },
    }),
  };
}
