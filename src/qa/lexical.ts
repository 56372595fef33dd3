// Lexical overlap used to pick clauses and to judge retrieval confidence; kept local so Q&A
// does not depend on the retriever's internals.

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
// "hòa" and "hoà" are the same syllable: move the tone to one place before comparing.
const TONE_ON_FIRST = new RegExp(`([oOuU])([${TONE_MARKS}])([aAeEyY])(?![\\p{L}\\p{M}])`, 'gu');

// Function words and question scaffolding that say nothing about the legal topic.
const STOPWORDS = new Set((
  'và hoặc của cho các những được bị là thì mà này đó nào gì ai sao bao nhiêu không có phải ' +
  'như thế nào trong ngoài với về theo tại từ đến khi nếu để một hai ba ra vào lên xuống cũng ' +
  'đã đang sẽ rồi nhé ạ vậy hay quy định pháp luật luật điều khoản việc người trường hợp ' +
  'hỏi xin cho biết muốn cần làm gồm bao gồm những nào thế nhiêu'
).split(/\s+/));

/** Lower-cased syllables with one tone placement. */
export function syllables(text: string): string[] {
  return text.normalize('NFD').replace(TONE_ON_FIRST, '$1$3$2').normalize('NFC').toLowerCase()
    .split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The content terms of a text: syllables and adjacent-syllable pairs, without stopwords alone. */
export function contentTerms(text: string): Set<string> {
  const syl = syllables(text);
  const terms = new Set<string>();
  for (let i = 0; i < syl.length; i++) {
    if (!STOPWORDS.has(syl[i])) terms.add(syl[i]);
    if (i + 1 < syl.length && !(STOPWORDS.has(syl[i]) && STOPWORDS.has(syl[i + 1]))) terms.add(`${syl[i]} ${syl[i + 1]}`);
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
  const have = pairs.length > 0 ? pairSet(text) : new Set(syllables(text));
  return terms.filter((t) => have.has(t)).length / terms.length;
}

/** Number of the question's content terms found in the text (for ranking clauses). */
export function overlap(questionTerms: Set<string>, text: string): number {
  const syl = new Set(syllables(text));
  const pairs = pairSet(text);
  let n = 0;
  for (const t of questionTerms) if (t.includes(' ') ? pairs.has(t) : syl.has(t)) n += t.includes(' ') ? 2 : 1;
  return n;
}

function pairSet(text: string): Set<string> {
  const syl = syllables(text);
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < syl.length; i++) pairs.add(`${syl[i]} ${syl[i + 1]}`);
  return pairs;
}
