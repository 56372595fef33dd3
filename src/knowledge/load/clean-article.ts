// What a loader takes out of an article's text before it is indexed or quoted: the parser's leftovers (structure
// headings of the next chapter, the article's own heading, a glued next article, attachment file names, footnote
// marks) and the codification's notes (which document amended a clause, related articles), which are kept apart.

const STRUCTURE_HEADING = /^(?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN|Tiểu mục|TIỂU MỤC)\s+(?:[IVXLC]+|\d+)\b/u;
const ARTICLE_HEADING = /^Điều\s+(\d+)([a-zđ]?)\s*\.\s+\S/u;
const ATTACHMENT = /^[^\n]{1,240}\.(?:docx?|pdf|xlsx?|rar|zip)\s*$/iu;
const RELATED = /^\(?\s*Điều này có nội dung liên quan đến\s+(.+?)\)?\s*$/u;
// "(Điều 2 của Luật số 26/2012/QH13 sửa đổi…, có hiệu lực kể từ ngày …)": which document put the text here.
const AMENDMENT_NOTE = /^\(?\s*(?:Điều|Khoản|Điểm)\s+[\dđa-z]+(?:\s+(?:khoản|điểm|Điều)\s+[\dđa-z]+)*\s+(?:của\s+)?(?:Bộ luật|Luật|Pháp lệnh|Nghị định|Nghị quyết(?: liên tịch)?|Thông tư(?: liên tịch)?|Quyết định|Sắc lệnh)\s+(?:số\s+)?\d+\s*\/\s*\d{4}/u;
const AMENDMENT_WORDS = /hiệu lực|sửa đổi|bổ sung|bãi bỏ|thay thế/u;
const FOOTNOTE_MARK = /(?<=[^\s[])\[\d{1,3}\](?=\s|$|[.,;:])/gu;

/** An article's text as quoted, and what was taken out of it. */
export interface CleanedText {
  text: string;
  /** Amendment notes of the codification, e.g. "Điều 2 của Luật số 26/2012/QH13 …". */
  notes: string[];
  /** Related articles named by the codification. */
  related: string[];
}

const isUpperLine = (l: string): boolean => /\p{Lu}/u.test(l) && l === l.toUpperCase();

/** Cleans one article's text; `number` is the article's own number ("7", "5a"). */
export function cleanArticleText(raw: string, number: string): CleanedText {
  const notes: string[] = [];
  const related: string[] = [];
  const kept: string[] = [];
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const own = number.toLowerCase();
  const next = /^\d+$/.test(own) ? String(Number(own) + 1) : undefined;
  let skippingHeading = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    if (skippingHeading) {
      // The chapter's title runs on in capitals after "Chương III" / "Mục 2".
      if (isUpperLine(line)) continue;
      skippingHeading = false;
    }
    const heading = ARTICLE_HEADING.exec(line);
    if (heading) {
      const n = `${heading[1]}${heading[2]}`.toLowerCase();
      if (n === own && kept.length === 0) continue;
      // The next article glued under this one (an earlier parse's leftover): the rest is not this article.
      if (n === next) break;
    }
    const rel = RELATED.exec(line);
    if (rel) {
      related.push(...rel[1].split(/;\s*/u).map((r) => r.trim()).filter(Boolean));
      continue;
    }
    if (AMENDMENT_NOTE.test(line) && AMENDMENT_WORDS.test(line) && line.length < 600 && !/[:;]$/.test(line)) {
      notes.push(line.replace(/^\(\s*/, '').replace(/\s*\)$/, ''));
      continue;
    }
    if (STRUCTURE_HEADING.test(line)) {
      skippingHeading = true;
      continue;
    }
    if (ATTACHMENT.test(line) && !/[,;:]/.test(line.slice(0, -5))) continue;
    kept.push(line.replace(FOOTNOTE_MARK, ''));
  }
  return { text: kept.join('\n'), notes, related };
}

/** True for an article that the codification marks as repealed, or that has no text left. */
export function isRepealed(text: string): boolean {
  const t = text.trim();
  return t === '' || /^\(?\s*(?:được|đã được|bị)\s+bãi bỏ\s*\)?\.?$/iu.test(t);
}
