import type { Article, LegalDocument } from '../knowledge/types';
import type { Citation } from '../turns/types';
import { fill, qaMessages, type QaMessages } from './messages';

/** Teams' limits on a citation pop-up. */
export const CITATION_NAME_MAX = 80;
export const CITATION_ABSTRACT_MAX = 160;

/** Shortens text to at most `max` characters at a word boundary, ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** "Nghị định 13/2023/NĐ-CP", or the document's name when it has no số hiệu. */
export function documentLabel(doc: LegalDocument, m: QaMessages = qaMessages): string {
  if (doc.soHieu) return [doc.loaiVanBan, doc.soHieu].filter(Boolean).join(' ');
  // Without a số hiệu the name alone identifies the document ("Tài liệu tóm lược" + "Tóm lược…" would repeat itself).
  return doc.ten ? truncate(doc.ten, 60) : m.unknownDocument;
}

/** "Điều 7 Nghị định 13/2023/NĐ-CP": how people cite an article. */
export function articleLabel(article: Article, m: QaMessages = qaMessages): string {
  return `${fill(m.articleLabel, { number: article.number })} ${documentLabel(article.document, m)}`;
}

/** dd/mm/yyyy from an ISO date; other spellings pass through. */
export function displayDate(date: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : date;
}

/** The citation shown for `article` at [position]; `excerpt` (e.g. the quoted clause) feeds the abstract. */
export function toCitation(article: Article, position: number, excerpt?: string, m: QaMessages = qaMessages): Citation {
  const label = articleLabel(article, m);
  const titled = article.title ? `${label}: ${article.title}` : label;
  const abstractSource = excerpt?.trim() || article.text || article.title || label;
  return {
    articleId: article.id,
    label,
    ...(article.document.url ? { url: article.document.url } : {}),
    position,
    name: truncate(titled, CITATION_NAME_MAX),
    abstract: truncate(abstractSource, CITATION_ABSTRACT_MAX),
  };
}
