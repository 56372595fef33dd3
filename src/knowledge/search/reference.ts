import { normalizeText, stripDiacritics } from '../normalize';
import type { IndexData } from '../index/index-data';

/** A citation found in a question: an article number and/or a document number. */
export interface Reference {
  article?: string;
  /** "13/2023" form (number/year), matched against số hiệu prefixes. */
  docKey?: string;
}

const ARTICLE_REF = /\bdieu\s+(\d+[a-z]?)\b/u;
const DOC_REF = /\b(\d{1,4})\s*\/\s*(\d{4})\b/u;

/** Finds "Điều 7" and "13/2023(/NĐ-CP)" in a question, with or without diacritics. */
export function parseReference(query: string): Reference | undefined {
  const plain = stripDiacritics(normalizeText(query)).toLowerCase();
  const article = ARTICLE_REF.exec(plain)?.[1];
  const doc = DOC_REF.exec(plain);
  if (!article && !doc) return undefined;
  return { article, docKey: doc ? `${Number(doc[1])}/${doc[2]}` : undefined };
}

/** Number/year key of a số hiệu ("13/2023/NĐ-CP" → "13/2023"). */
export function soHieuKey(soHieu: string | undefined): string | undefined {
  const m = soHieu ? /^(\d{1,4})\/(\d{4})/u.exec(soHieu.trim()) : null;
  return m ? `${Number(m[1])}/${m[2]}` : undefined;
}

/** Builds a lookup from document key to its articles' rows, for direct citation resolution. */
export function createReferenceLookup(data: IndexData) {
  const byDoc = new Map<string, number[]>();
  for (let i = 0; i < data.n; i++) {
    const key = soHieuKey(data.documents[data.articleDoc[i]]?.soHieu);
    if (!key) continue;
    const rows = byDoc.get(key);
    if (rows) rows.push(i);
    else byDoc.set(key, [i]);
  }
  /** Rows of the cited article (exact), or of the cited document when no article is named. */
  function resolve(ref: Reference): { exact: number[]; inDocument: Set<number> } {
    if (!ref.docKey) return { exact: [], inDocument: new Set() };
    const rows = byDoc.get(ref.docKey) ?? [];
    const exact = ref.article ? rows.filter((r) => data.numbers[r].toLowerCase() === ref.article) : [];
    return { exact, inDocument: new Set(rows) };
  }
  return { resolve };
}
