// What the question asks for (a fine, a crime, a procedure, a time limit, who decides, an amount, a condition,
// rights) against what kind of article a candidate is, and whether it speaks of the same party: features that let
// the re-ranker prefer the article of the offence over generic prosecution articles, the decree over a parallel
// provision for another group of people.
import type { IndexData } from '../index/index-data';
import { stripDiacritics } from '../normalize';
import intentData from '../data/question-intents.json';

type Intent = { question: string[]; title: string[]; doc: string[] };
const INTENTS = Object.entries(intentData.intents as Record<string, Intent>);
const fold = (s: string): string => ` ${stripDiacritics(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
const QUESTION_CUES = INTENTS.map(([, i]) => i.question.map((c) => ` ${c} `));
const GENERIC = intentData.generic_titles.map((t) => t.toLowerCase());
const PARTIES = intentData.parties.map((p) => fold(p));

/** The question cues of each intent, in INTENT_FEATURES order (folded, with spaces around). */
export const intentQuestionCues = (): string[][] => QUESTION_CUES;

const partiesIn = (folded: string): number[] => PARTIES.flatMap((p, i) => (folded.includes(p) ? [i] : []));

/** Names of the intent features, in order. */
export const INTENT_FEATURES = [
  ...INTENTS.map(([name]) => `intent_${name}`),
  'generic_title', 'doc_law', 'doc_decree', 'doc_circular', 'doc_decision', 'party_match', 'party_other',
] as const;

/** Per article: which intents its title or document name serve, and its document type (cached per index). */
interface ArticleKinds {
  serves: Uint8Array[];
  generic: Uint8Array;
  docType: Uint8Array;
  /** Indexes (in PARTIES) of the parties each article's title or document name speaks of. */
  parties: number[][];
}
const cache = new WeakMap<IndexData, ArticleKinds>();

function kinds(data: IndexData): ArticleKinds {
  const hit = cache.get(data);
  if (hit) return hit;
  const serves = INTENTS.map(() => new Uint8Array(data.n));
  const generic = new Uint8Array(data.n);
  const docType = new Uint8Array(data.n);
  const parties: number[][] = new Array<number[]>(data.n);
  const docParties = new Map<number, number[]>();
  for (let i = 0; i < data.n; i++) {
    const title = data.titles[i] ?? '';
    const doc = data.documents[data.articleDoc[i]];
    const docName = `${doc?.loaiVanBan ?? ''} ${doc?.ten ?? ''}`;
    INTENTS.forEach(([, intent], j) => {
      if (intent.title.some((c) => title.startsWith(c) || (c.endsWith(' ') ? false : title.includes(c))) || intent.doc.some((c) => docName.includes(c))) serves[j][i] = 1;
    });
    const lower = title.toLowerCase();
    if (GENERIC.some((g) => lower.startsWith(g))) generic[i] = 1;
    const type = (doc?.loaiVanBan ?? '').toLowerCase();
    docType[i] = type.includes('luật') ? 1 : type.startsWith('nghị định') ? 2 : type.startsWith('thông tư') ? 3 : type.startsWith('quyết định') ? 4 : 0;
    let ofDoc = docParties.get(data.articleDoc[i]);
    if (!ofDoc) docParties.set(data.articleDoc[i], (ofDoc = partiesIn(fold(doc?.ten ?? ''))));
    const ofTitle = partiesIn(fold(title));
    parties[i] = ofTitle.length ? [...new Set([...ofTitle, ...ofDoc])] : ofDoc;
  }
  const k = { serves, generic, docType, parties };
  cache.set(data, k);
  return k;
}

/** The intent features of each candidate for one question (its text as read, diacritics restored where missing). */
export function intentFeatures(data: IndexData, questionText: string, docs: number[]): number[][] {
  const k = kinds(data);
  const q = fold(questionText);
  const asks = QUESTION_CUES.map((cues) => cues.some((c) => q.includes(c)));
  const asked = new Set(partiesIn(q));
  return docs.map((doc) => {
    const named = k.parties[doc];
    const match = named.some((p) => asked.has(p)) ? 1 : 0;
    const other = asked.size > 0 && named.length > 0 && !match ? 1 : 0;
    const type = k.docType[doc];
    return [
      ...asks.map((a, j) => (a && k.serves[j][doc] ? 1 : 0)),
      k.generic[doc],
      type === 1 ? 1 : 0, type === 2 ? 1 : 0, type === 3 ? 1 : 0, type === 4 ? 1 : 0,
      match, other,
    ];
  });
}
