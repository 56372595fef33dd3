// Lexical overlap used to pick clauses and to judge retrieval confidence; kept local so Q&A
// does not depend on the retriever's internals.

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
// "hòa" and "hoà" are the same syllable: move the tone to one place before comparing.
const TONE_ON_FIRST = new RegExp(`([oOuU])([${TONE_MARKS}])([aAeEyY])(?![\\p{L}\\p{M}])`, 'gu');

// The gate's placeholders ([CCCD_1], [HO_TEN_2]) stand for personal data, never for a legal topic.
const PLACEHOLDER = /\[[\p{Lu}\p{M}\d_]+_\d+\]/gu;

// Function words and question scaffolding that say nothing about the legal topic.
const STOPWORDS = new Set((
  'và hoặc của cho các những được bị là thì mà này đó nào gì ai sao bao nhiêu không có phải ' +
  'như thế nào trong ngoài với về theo tại từ đến khi nếu để một hai ba ra vào lên xuống cũng ' +
  'đã đang sẽ rồi nhé ạ vậy hay quy định pháp luật luật điều khoản việc người trường hợp ' +
  'hỏi xin cho biết muốn cần làm gồm bao gồm những nào thế nhiêu'
).split(/\s+/));

/** Removes every diacritic (đ becomes d). */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Lower-cased syllables with one tone placement. */
export function syllables(text: string): string[] {
  return text.normalize('NFD').replace(TONE_ON_FIRST, '$1$3$2').normalize('NFC').toLowerCase()
    .split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The content terms of a text: syllables and adjacent-syllable pairs, without stopwords alone. */
export function contentTerms(text: string): Set<string> {
  const terms = new Set<string>();
  // Split at placeholders so no pair bridges the hidden value.
  for (const segment of text.split(PLACEHOLDER)) {
    const syl = syllables(segment);
    for (let i = 0; i < syl.length; i++) {
      if (!STOPWORDS.has(syl[i])) terms.add(syl[i]);
      if (i + 1 < syl.length && !(STOPWORDS.has(syl[i]) && STOPWORDS.has(syl[i + 1]))) terms.add(`${syl[i]} ${syl[i + 1]}`);
    }
  }
  return terms;
}

/**
 * Share (0..1) of the question's content syllable pairs found in the text (single syllables when
 * the question has no pair). Pairs are Vietnamese words; single syllables match almost anywhere.
 */
export function coverage(questionTerms: Set<string>, text: string): number {
  const pairs = [...questionTerms].filter((t) => t.includes(' '));
  const terms = pairs.length > 0 ? pairs : [...questionTerms];
  if (terms.length === 0) return 0;
  const found = new Set(termsIn(new Set(terms), text));
  return terms.filter((t) => found.has(t)).length / terms.length;
}

/** The question terms found in the text (compared without diacritics when the question has none). */
export function termsIn(questionTerms: Set<string>, text: string): string[] {
  const terms = [...questionTerms];
  // A question typed without diacritics is compared with the text without diacritics.
  const plain = terms.length > 0 && terms.every((t) => stripDiacritics(t) === t);
  const { syl, pairs } = indexText(text, plain);
  return terms.filter((t) => (t.includes(' ') ? pairs.has(t) : syl.has(t)));
}

/** Weighted count of the question's terms found in the text (pairs count double), for ranking passages. */
export function overlap(questionTerms: Set<string>, text: string): number {
  return termsIn(questionTerms, text).reduce((n, t) => n + (t.includes(' ') ? 2 : 1), 0);
}

// One turn looks at the same few articles several times (confidence, choice, clauses): keep
// their syllable sets for a while instead of normalising the text again.
const CACHE_SIZE = 256;
const cache = new Map<string, { syl: Set<string>; pairs: Set<string> }>();

function indexText(text: string, plain: boolean): { syl: Set<string>; pairs: Set<string> } {
  const key = (plain ? '1' : '0') + text;
  const hit = cache.get(key);
  if (hit) return hit;
  const list = syllables(plain ? stripDiacritics(text) : text);
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < list.length; i++) pairs.add(`${list[i]} ${list[i + 1]}`);
  const entry = { syl: new Set(list), pairs };
  cache.set(key, entry);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return entry;
}
