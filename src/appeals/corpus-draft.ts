import type { Action } from '../gate/policy';
import { STYLES } from '../gate/learn/corpus';
import type { Category, Zone } from '../gate/types';
import type { Appeal } from '../store/types';

/** The marker of a line no person has reviewed yet: not a style, so `npm run gate:corpus` refuses the line until one is chosen. */
export const UNREVIEWED_STYLE = 'REVIEW';

/**
 * A raw corpus line (policy/corpus/WRITING.md) drafted from an accepted appeal, for a person to review before it is
 * copied into policy/corpus/raw/. Never valid as it stands: its style must be chosen and its placeholders replaced.
 */
export interface CorpusDraft {
  id: string;
  text: string;
  categories: Category[];
  style: typeof UNREVIEWED_STYLE;
  situation: string;
  hard_negative: boolean;
  /** What the reviewer must do before the line may join the corpus; delete it (and `appeal`) then. */
  review: string[];
  appeal: { id: string; blockedAs: Category[]; zone: Zone; decidedAt?: string; note?: string };
}

const PLACEHOLDER = /\[[\p{Lu}_]+_\d+\]/gu;

/**
 * The draft line of an accepted appeal: its masked text; the categories found minus those that blocked it in its zone
 * (the appeal says the block was wrong); a hard negative. Undefined for an appeal that kept no text (level 4).
 */
export function corpusDraft(appeal: Appeal, zones: Record<Zone, Record<Category, Action>>): CorpusDraft | undefined {
  const text = appeal.gate.maskedText;
  if (appeal.status !== 'accepted' || !text) return undefined;
  const table = zones[appeal.zone];
  const blockedAs = appeal.gate.categories.filter((c) => table[c] === 'block');
  const placeholders = [...new Set(text.match(PLACEHOLDER) ?? [])];
  return {
    id: `apl-${appeal.id.slice(0, 8)}`,
    text,
    categories: appeal.gate.categories.filter((c) => table[c] !== 'block'),
    style: UNREVIEWED_STYLE,
    situation: `appeal accepted: wrongly blocked as ${blockedAs.join(', ') || appeal.gate.categories.join(', ')}`,
    hard_negative: true,
    review: [
      ...(placeholders.length ? [`replace ${placeholders.join(', ')} with fictional values of the same kind (never real data)`] : []),
      `choose the style (${STYLES.join(', ')})`,
      'check categories and hard_negative against WRITING.md',
      'delete the review and appeal fields',
    ],
    appeal: {
      id: appeal.id, blockedAs, zone: appeal.zone,
      ...(appeal.review ? { decidedAt: appeal.review.at.toISOString() } : {}),
      ...(appeal.review?.note ? { note: appeal.review.note } : {}),
    },
  };
}
