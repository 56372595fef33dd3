// Puts the diacritics back into a question typed without them, with a syllable bigram model learned from the
// indexed texts themselves: each plain syllable may stand for any accented syllable of the corpus that folds to it
// ("dang" → đăng, đang, dạng, …), and the most likely sequence is chosen by Viterbi over document frequencies.
import { findTerm, type IndexData } from '../index/index-data';
import { termKey } from '../index/terms';
import { stripDiacritics } from '../normalize';

/** Syllable and syllable-pair counts of everyday writing (questions and chat messages), beside the legal texts. */
export interface EverydayCounts {
  unigrams: Record<string, number>;
  bigrams: Record<string, number>;
}

/** Settings of the restorer (chosen on the train half of the dev questions and our own training questions). */
export interface RestoreParams {
  /** Accented readings kept per plain syllable, most frequent first. */
  maxCandidates: number;
  /** Pseudo-count of the unigram back-off: P(b | a) = (df(a b) + backoff · P(b)) / (df(a) + backoff). */
  backoff: number;
  /** How many legal-text documents one occurrence in everyday writing counts for. */
  everydayWeight: number;
}

export const DEFAULT_RESTORE: RestoreParams = { maxCandidates: 12, backoff: 20, everydayWeight: 5 };

/** A restorer over one index: syllables in (plain ones are read, accented ones kept), accented syllables out. */
export type Restorer = (plainTokens: string[]) => string[];

/** Builds the restorer's vocabulary (plain syllable → accented readings by frequency) from the index. */
export function createRestorer(data: IndexData, everyday?: EverydayCounts, params: RestoreParams = DEFAULT_RESTORE): Restorer {
  const ev = (table: Record<string, number> | undefined, key: string): number => (table && Object.hasOwn(table, key) ? table[key] * params.everydayWeight : 0);
  const df = (term: string): number => {
    const row = findTerm(data, termKey(term));
    const legal = row < 0 ? 0 : data.offsets[row + 1] - data.offsets[row];
    return legal + ev(term.includes(' ') ? everyday?.bigrams : everyday?.unigrams, term);
  };
  const readings = new Map<string, { form: string; df: number }[]>();
  let total = 0;
  const vocabulary = new Set([...(data.syllables ?? []), ...Object.keys(everyday?.unigrams ?? {})]);
  for (const form of vocabulary) {
    const n = df(form);
    if (n === 0) continue;
    total += n;
    const plain = stripDiacritics(form);
    const list = readings.get(plain);
    if (list) list.push({ form, df: n });
    else readings.set(plain, [{ form, df: n }]);
  }
  for (const list of readings.values()) list.sort((a, b) => b.df - a.df).splice(params.maxCandidates);
  const logUni = (r: { df: number }): number => Math.log((r.df + 0.5) / (total + 1));

  return (tokens) => {
    // A syllable already written with diacritics is kept as written: it anchors its neighbours.
    const cands = tokens.map((t) => (stripDiacritics(t) !== t ? [{ form: t, df: df(t) }] : readings.get(t) ?? [{ form: t, df: 0 }]));
    if (cands.every((c) => c.length === 1)) return cands.map((c) => c[0].form);
    // score[i][j]: best log-probability of a reading ending with candidate j at position i.
    let score = cands[0].map((c) => logUni(c));
    const back: number[][] = [];
    for (let i = 1; i < cands.length; i++) {
      const prev = cands[i - 1];
      const next: number[] = [];
      const from: number[] = [];
      for (const cur of cands[i]) {
        const pCur = (cur.df + 0.5) / (total + 1);
        let best = -Infinity;
        let arg = 0;
        for (let p = 0; p < prev.length; p++) {
          const pair = prev[p].df > 0 && cur.df > 0 ? df(`${prev[p].form} ${cur.form}`) : 0;
          const s = score[p] + Math.log((pair + params.backoff * pCur) / (prev[p].df + params.backoff));
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        next.push(best);
        from.push(arg);
      }
      back.push(from);
      score = next;
    }
    let j = score.indexOf(Math.max(...score));
    const out = new Array<string>(cands.length);
    for (let i = cands.length - 1; i >= 0; i--) {
      out[i] = cands[i][j].form;
      if (i > 0) j = back[i - 1][j];
    }
    return out;
  };
}
