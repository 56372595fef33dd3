import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** The lexicon as stored (src/documents/data/lexicon.json.gz, built by `npm run documents:lexicon`). */
export interface LexiconData {
  version: 1;
  source: { articles: number; tokens: number };
  /** Canonical lowercase words (traditional tone placement), most frequent first. */
  syllables: string[];
  counts: number[];
  /** Syllable pairs in running text, flattened [a, b, count, …], sorted by a then b (indexes into `syllables`). */
  pairs: number[];
  /** Phrases whose capitals are fixed in running text: [canonical lowercase key, spelling]. */
  casePhrases: [string, string][];
}

/** Counts of syllables and syllable pairs learned from the legal corpus, and its capitalised phrases. */
export interface Lexicon {
  /** Occurrences of a canonical lowercase word (0 when unknown). */
  count(word: string): number;
  /** Occurrences of `a` directly followed by `b` (canonical lowercase words). */
  pair(a: string, b: string): number;
  /** The fixed spelling of a phrase (canonical lowercase key), if the corpus always writes it one way. */
  casePhrase(key: string): string | undefined;
  /** Total words counted. */
  readonly tokens: number;
}

// From src/documents/spelling (tsx, jest) or dist/src/documents/spelling (built; tsc copies no .gz): the first that exists.
const CANDIDATES = [path.resolve(__dirname, '..', 'data', 'lexicon.json.gz'), path.resolve(__dirname, '..', '..', '..', '..', 'src', 'documents', 'data', 'lexicon.json.gz')];
/** Where the shipped lexicon lives. */
export const LEXICON_PATH = CANDIDATES.find((f) => fs.existsSync(f)) ?? CANDIDATES[0];

/** Builds the in-memory lexicon from its stored data (pairs in sorted typed arrays: ~8 bytes a pair). */
export function createLexicon(data: LexiconData): Lexicon {
  const ids = new Map<string, number>();
  data.syllables.forEach((w, i) => ids.set(w, i));
  const n = data.pairs.length / 3;
  const keys = new Uint32Array(n);
  const values = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    keys[i] = data.pairs[3 * i] * 65536 + data.pairs[3 * i + 1];
    values[i] = data.pairs[3 * i + 2];
  }
  const phrases = new Map(data.casePhrases);
  return {
    tokens: data.source.tokens,
    count: (w) => {
      const id = ids.get(w);
      return id === undefined ? 0 : data.counts[id];
    },
    pair: (a, b) => {
      const x = ids.get(a);
      const y = ids.get(b);
      if (x === undefined || y === undefined) return 0;
      const key = x * 65536 + y;
      let lo = 0;
      let hi = n - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        if (keys[mid] === key) return values[mid];
        if (keys[mid] < key) lo = mid + 1;
        else hi = mid - 1;
      }
      return 0;
    },
    casePhrase: (key) => phrases.get(key),
  };
}

let shipped: Lexicon | undefined;

/** The shipped lexicon, read once (about 0.3 s) on first use. */
export function loadLexicon(file = LEXICON_PATH): Lexicon {
  if (file === LEXICON_PATH && shipped) return shipped;
  const data = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as LexiconData;
  const lexicon = createLexicon(data);
  if (file === LEXICON_PATH) shipped = lexicon;
  return lexicon;
}
