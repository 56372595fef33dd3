import { isUnaccented, syllables } from '../normalize';
import type { EverydayCounts } from '../search/restore-diacritics';

/** Counts syllables and syllable pairs of everyday texts written with diacritics (texts without them are skipped). */
export function countEveryday(texts: Iterable<string>, minCount = 2): EverydayCounts {
  const uni = new Map<string, number>();
  const bi = new Map<string, number>();
  for (const text of texts) {
    if (isUnaccented(text)) continue;
    // Sentences are counted apart so no pair bridges two of them.
    for (const sentence of text.split(/[.?!;:\n]+/u)) {
      const toks = syllables(sentence);
      for (let i = 0; i < toks.length; i++) {
        uni.set(toks[i], (uni.get(toks[i]) ?? 0) + 1);
        if (i + 1 < toks.length) {
          const pair = `${toks[i]} ${toks[i + 1]}`;
          bi.set(pair, (bi.get(pair) ?? 0) + 1);
        }
      }
    }
  }
  const keep = (m: Map<string, number>): Record<string, number> =>
    Object.fromEntries([...m].filter(([, c]) => c >= minCount).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  return { unigrams: keep(uni), bigrams: keep(bi) };
}
