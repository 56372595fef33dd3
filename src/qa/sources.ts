import type { Article, LegalDocument } from '../knowledge/types';
import type { Citation } from '../turns/types';
import { fill, qaMessages, type QaMessages } from './messages';

/**
 * How much of a cited article travels with an answer: the article's heading and the quoted passage, whole up to
 * these sizes (a bound on what is stored with each answer, not a channel's limit: each channel renders within its
 * own, e.g. Teams' citation pop-ups in src/bot/replies/ai-entity.ts).
 */
export const CITATION_NAME_MAX = 300;
export const CITATION_ABSTRACT_MAX = 1200;

/** Shortens text to at most `max` characters at a word boundary, ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

// Laws are known by their names ("Luật Hộ tịch"), decrees and circulars by their numbers.
const NAMED_TYPES = ['Bộ luật', 'Luật', 'Pháp lệnh'];
const NAME_MAX = 50;

/** "Nghị định 13/2023/NĐ-CP", "Luật Hộ tịch 60/2014/QH13", or the document's name when it has no số hiệu. */
export function documentLabel(doc: LegalDocument, m: QaMessages = qaMessages): string {
  if (doc.soHieu) {
    const name = lawName(doc);
    return [doc.loaiVanBan, name, doc.soHieu].filter(Boolean).join(' ');
  }
  // Without a số hiệu the name alone identifies the document ("Tài liệu tóm lược" + "Tóm lược…" would repeat itself).
  return doc.ten ? truncate(doc.ten, 60) : m.unknownDocument;
}

// The name of a law without its type word ("Bộ Luật lao động" → "Lao động"); none for amending laws or long titles.
function lawName(doc: LegalDocument): string | undefined {
  const type = NAMED_TYPES.find((t) => t.toLowerCase() === (doc.loaiVanBan ?? '').toLowerCase());
  if (!type || !doc.ten) return undefined;
  let name = doc.ten.trim().replace(/[.;]+$/u, '');
  for (const t of ['Bộ luật', 'Luật', 'Pháp lệnh']) if (name.toLowerCase().startsWith(`${t.toLowerCase()} `)) name = name.slice(t.length + 1).trim();
  if (!name || name.length > NAME_MAX || /^(sửa đổi|số\b)/iu.test(name) || /\d/.test(name)) return undefined;
  return name.charAt(0).toUpperCase() + name.slice(1);
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
    ...(article.document.ngayBanHanh ? { issued: displayDate(article.document.ngayBanHanh) } : {}),
  };
}
