import { normalizeText, stripDiacritics } from '../normalize';

// A syllable id takes 21 bits; the term kind sits above it, so one int32 holds both.
const SHIFT = 2 ** 21;
const SPLIT = /[^\p{L}\p{N}]+/u;

/** Term kinds: accented unigram, accented bigram, plain unigram, plain bigram. */
export const KIND_UNI = 0;
export const KIND_BI = 1;
export const KIND_PLAIN_UNI = 2;
export const KIND_PLAIN_BI = 3;

// Letters and digits of the Basic Multilingual Plane, as the tokenizer's regular expression sees them.
let wordChars: Uint8Array | undefined;
/** 1 for each BMP code unit that is a letter or a digit (\p{L} or \p{N}); surrogates are 0. */
export function wordCharTable(): Uint8Array {
  if (!wordChars) {
    wordChars = new Uint8Array(65536);
    const re = /[\p{L}\p{N}]/u;
    for (let c = 0; c < 65536; c++) if (c < 0xd800 || c > 0xdfff) wordChars[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  }
  return wordChars;
}

/** Calls `visit` with each run of letters and digits of a text without astral characters (a scan, no regex). */
export function forEachWord(text: string, table: Uint8Array, visit: (word: string) => void): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const word = i < text.length && table[text.charCodeAt(i)] === 1;
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      visit(text.slice(start, i));
      start = -1;
    }
  }
}

/** The first integer of a term: its kind and first syllable. */
export function termHead(kind: number, syllable: number): number {
  return kind * SHIFT + syllable;
}

/**
 * Interns syllables while an index is built: every distinct written token is normalised (NFC, one tone placement,
 * lower case) and stripped of diacritics once, and n-grams become pairs of integers instead of strings.
 * Tokens come out exactly as `syllables()` would give them.
 */
export function createSyllableTable() {
  const byRaw = new Map<string, number[]>();
  const byForm = new Map<string, number>();
  const forms: string[] = [];
  const plainIds: number[] = [];
  const table = wordCharTable();

  function intern(form: string): number {
    let id = byForm.get(form);
    if (id === undefined) {
      id = forms.length;
      if (id >= SHIFT) throw new Error('Too many distinct syllables for the index (over 2 million)');
      byForm.set(form, id);
      forms.push(form);
      plainIds.push(id);
      const plain = stripDiacritics(form);
      if (plain !== form) plainIds[id] = intern(plain);
    }
    return id;
  }

  function push(raw: string, out: number[]): void {
    let ids = byRaw.get(raw);
    if (ids === undefined) {
      ids = normalizeText(raw).toLowerCase().split(SPLIT).filter(Boolean).map((f) => intern(f));
      byRaw.set(raw, ids);
    }
    for (let i = 0; i < ids.length; i++) out.push(ids[i]);
  }

  /** The syllable ids of a text, in order. */
  function tokenize(text: string): number[] {
    // Splitting before normalising is only safe on composed text; decomposed marks would split words.
    const src = /[\u0300-\u036f]/.test(text) ? text.normalize('NFC') : text;
    const out: number[] = [];
    if (/[\ud800-\udfff]/.test(src)) {
      for (const raw of src.split(SPLIT)) if (raw) push(raw, out);
      return out;
    }
    forEachWord(src, table, (w) => push(w, out));
    return out;
  }

  return {
    tokenize,
    /** The diacritics-free twin of a syllable id. */
    plain: (id: number): number => plainIds[id],
    /** The term string of a term's two integers, as the query side spells it. */
    termOf(head: number, second: number): string {
      const kind = Math.floor(head / SHIFT);
      const a = forms[head - kind * SHIFT];
      const prefix = kind >= KIND_PLAIN_UNI ? '~' : '';
      return kind === KIND_UNI || kind === KIND_PLAIN_UNI ? prefix + a : `${prefix}${a} ${forms[second]}`;
    },
    /** Every syllable seen (accented forms and their diacritics-free twins), by id. */
    forms: (): string[] => forms,
    get size(): number { return forms.length; },
  };
}
