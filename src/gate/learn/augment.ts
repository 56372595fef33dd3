import type { CorpusItem } from './corpus';
import { rng } from './mlp';

/** Options of the buried-request augmentation. */
export interface AugmentOptions { positives: number; negatives: number; seed: number; screened: readonly string[] }

/**
 * Long texts built from the train split, so the screen learns what a window of a long paste looks like: a message that
 * needs meaning (a forbidden request, level-2 content, a sensitive fact) at the start, middle or end of ordinary
 * level-1 text, and ordinary level-1 text alone. Each carries the ids it was built from (`sources`), so evaluation and
 * cross-validation never score a message that a training text contains. Seeded: the same texts on every run.
 */
export function augmentBuried(train: CorpusItem[], o: AugmentOptions): (CorpusItem & { sources: string[] })[] {
  const rand = rng(o.seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const filler = train.filter((it) => it.level === 1 && it.categories.length === 0);
  const needy = train.filter((it) => it.categories.some((c) => o.screened.includes(c)) && it.text.length < 1500);
  const out: (CorpusItem & { sources: string[] })[] = [];
  if (filler.length < 4 || needy.length === 0) return out;
  const build = (core: CorpusItem | null, n: number): void => {
    const target = 800 + Math.floor(rand() * 3200);
    const parts: CorpusItem[] = [];
    let len = core?.text.length ?? 0;
    while (len < target) { const f = pick(filler); parts.push(f); len += f.text.length + 2; }
    if (core) parts.splice([0, parts.length >> 1, parts.length][Math.floor(rand() * 3)], 0, core);
    const base = core ?? parts[0];
    out.push({
      ...base, id: `aug-${n}`, text: parts.map((p) => p.text).join('\n\n'), categories: core ? [...core.categories] : [], level: core?.level ?? 1,
      onprem: core?.onprem ?? 'allow', external: core?.external ?? 'allow', style: 'buried', hard_negative: false, situation: 'augmented',
      sources: parts.map((p) => p.id),
    });
  };
  for (let n = 0; n < o.positives; n++) build(pick(needy), n);
  for (let n = 0; n < o.negatives; n++) build(null, o.positives + n);
  return out;
}
