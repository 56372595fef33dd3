import { foldDiacritics as fold } from '../core/vietnamese';

// Vietnamese words are mostly two syllables: syllable bigrams carry the meaning, single syllables the recall.
function terms(text: string): string[] {
  const syllables = fold(text).split(/[^a-z0-9]+/).filter((s) => s.length > 1 || /\d/.test(s));
  const out = [...syllables];
  for (let i = 0; i + 1 < syllables.length; i += 1) out.push(`${syllables[i]}_${syllables[i + 1]}`);
  return out;
}

/**
 * Scores sentences by TF-IDF similarity to the whole meeting (a linear-time centroid variant of TextRank):
 * a sentence that shares the meeting's distinctive vocabulary scores high, small talk scores low.
 */
export function salienceScores(sentences: string[]): number[] {
  const docs = sentences.map(terms);
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const idf = (t: string) => Math.log(1 + n / (df.get(t) ?? 1));
  const centroid = new Map<string, number>();
  const vectors = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const t of d) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, c] of tf) {
      // Terms in one sentence only say nothing about the meeting as a whole.
      const w = (df.get(t) ?? 0) > 1 ? (1 + Math.log(c)) * idf(t) : 0;
      if (w > 0) { v.set(t, w); norm += w * w; }
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) { v.set(t, w / norm); centroid.set(t, (centroid.get(t) ?? 0) + w / norm); }
    return v;
  });
  let cnorm = 0;
  for (const w of centroid.values()) cnorm += w * w;
  cnorm = Math.sqrt(cnorm) || 1;
  return vectors.map((v, i) => {
    let dot = 0;
    for (const [t, w] of v) dot += w * (centroid.get(t) ?? 0);
    // Very short sentences rarely carry content; very long ones are penalised gently.
    const len = docs[i].length;
    const lengthFactor = len < 8 ? len / 8 : len > 120 ? 120 / len : 1;
    return (dot / cnorm) * lengthFactor;
  });
}
