// Lexical overlap used to pick clauses and to judge retrieval confidence; kept apart from the retriever's internals,
// with the service's one folding and syllable splitting (src/core/vietnamese.ts).
import { stripDiacritics, syllables } from '../core/vietnamese';


// The gate's placeholders ([CCCD_1], [HO_TEN_2]) stand for personal data, never for a legal topic.
const PLACEHOLDER = /\[[\p{Lu}\p{M}\d_]+_\d+\]/gu;

// Function words and question scaffolding that say nothing about the legal topic.
const STOPWORDS = new Set((
  'và hoặc của cho các những được bị là thì mà này đó nào gì ai sao bao nhiêu không có phải ' +
  'như thế nào trong ngoài với về theo tại từ đến khi nếu để một hai ba ra vào lên xuống cũng ' +
  'đã đang sẽ rồi nhé ạ vậy hay quy định pháp luật luật điều khoản việc người trường hợp ' +
  'hỏi xin cho biết muốn cần làm gồm bao gồm những nào thế nhiêu'
).split(/\s+/));

export { stripDiacritics, syllables };


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
  if (terms.length === 0) return [];
  // A question typed without diacritics is compared with the text without diacritics.
  const plain = terms.every((t) => stripDiacritics(t) === t);
  const found = matchTerms(questionOf(terms), syllableList(text, plain));
  return terms.filter((t) => found.has(t));
}

/** Weighted count of the question's terms found in the text (pairs count double), for ranking passages. */
export function overlap(questionTerms: Set<string>, text: string): number {
  return termsIn(questionTerms, text).reduce((n, t) => n + (t.includes(' ') ? 2 : 1), 0);
}

// The question's terms arranged for one pass over a text: single syllables, and each pair's
// second syllables by its first, so scanning allocates nothing per syllable of the text.
interface QuestionIndex {
  singles: Set<string>;
  pairs: Map<string, Map<string, string>>;
}

function questionOf(terms: string[]): QuestionIndex {
  const singles = new Set<string>();
  const pairs = new Map<string, Map<string, string>>();
  for (const t of terms) {
    const space = t.indexOf(' ');
    if (space < 0) {
      singles.add(t);
      continue;
    }
    const first = t.slice(0, space);
    let seconds = pairs.get(first);
    if (!seconds) pairs.set(first, (seconds = new Map()));
    seconds.set(t.slice(space + 1), t);
  }
  return { singles, pairs };
}

function matchTerms(q: QuestionIndex, list: string[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    if (q.singles.has(s)) found.add(s);
    const pair = i + 1 < list.length ? q.pairs.get(s)?.get(list[i + 1]) : undefined;
    if (pair !== undefined) found.add(pair);
  }
  return found;
}

// One turn looks at the same few articles several times (confidence, choice, clauses), and popular
// articles come back turn after turn: keep their syllables (least recently used out) instead of
// normalising the text again. Keyed by the text itself, so an edited article is never served stale.
const CACHE_SIZE = 1024;
const cache = [new Map<string, string[]>(), new Map<string, string[]>()];

function syllableList(text: string, plain: boolean): string[] {
  const map = cache[plain ? 1 : 0];
  const hit = map.get(text);
  if (hit) {
    map.delete(text);
    map.set(text, hit);
    return hit;
  }
  const list = syllables(plain ? stripDiacritics(text) : text);
  map.set(text, list);
  if (map.size > CACHE_SIZE) map.delete(map.keys().next().value as string);
  return list;
}
