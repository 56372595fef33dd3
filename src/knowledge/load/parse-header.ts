import type { LegalDocument } from '../types';

// Document types as they appear (upper case) in a Vietnamese legal document's header.
const DOC_TYPES = ['Bộ luật', 'Luật', 'Pháp lệnh', 'Nghị định', 'Nghị quyết', 'Thông tư liên tịch', 'Thông tư', 'Quyết định', 'Chỉ thị', 'Quy chế', 'Quy định', 'Kế hoạch', 'Công văn', 'Hướng dẫn', 'Thông báo', 'Hiến pháp'];
// Số hiệu suffixes that name the type when no type line is found.
const SUFFIX_TYPES: [RegExp, string][] = [[/\/(?:NĐ)-/u, 'Nghị định'], [/\/TTLT/u, 'Thông tư liên tịch'], [/\/TT-/u, 'Thông tư'], [/\/QĐ-/u, 'Quyết định'], [/\/NQ-/u, 'Nghị quyết'], [/\/CT-/u, 'Chỉ thị'], [/\/KH-/u, 'Kế hoạch'], [/\/QH\d*/u, 'Luật']];
const NATIONAL_MOTTO = /CỘNG H[ÒO]À|ĐỘC LẬP|^Số\b|^-+$/u;

function isUpper(line: string): boolean {
  return /\p{L}/u.test(line) && line === line.toUpperCase();
}

/** Converts "dd/mm/yyyy" or "ngày d tháng m năm yyyy" to yyyy-mm-dd. */
export function toIsoDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const m = /(\d{1,2})\s*(?:\/|-|\s+tháng\s+)(\d{1,2})\s*(?:\/|-|\s+năm\s+)(\d{4})/u.exec(text);
  if (!m) return undefined;
  return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

/** Reads số hiệu, loại văn bản, tên, ngày ban hành and cơ quan from the header lines before the first article. */
export function parseHeader(text: string, fallbackTitle: string): Omit<LegalDocument, 'id'> {
  const head = text.split(/\n\s*(?:#{1,6}\s*)?(?:\*\*)?Điều\s+1\b/u)[0];
  const lines = head.split('\n').map((l) => l.replace(/\*\*/g, '').trim()).filter(Boolean);
  const soHieu = /S[ốo]\s*[:.]?\s*([0-9][0-9A-Za-zĐđ/.-]*[0-9A-Za-zĐđ])/u.exec(head)?.[1];
  const dateMatch = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(head);
  const ngayBanHanh = dateMatch ? toIsoDate(dateMatch[0].replace(/^ngày\s+/u, '')) : undefined;
  let loaiVanBan: string | undefined;
  let ten: string | undefined;
  const typeIdx = lines.findIndex((l) => isUpper(l) && DOC_TYPES.some((t) => l === t.toUpperCase()));
  if (typeIdx >= 0) {
    loaiVanBan = DOC_TYPES.find((t) => lines[typeIdx] === t.toUpperCase());
    const titleLines: string[] = [];
    for (const l of lines.slice(typeIdx + 1)) {
      if (!isUpper(l) && titleLines.length > 0) break;
      if (isUpper(l)) titleLines.push(l);
      if (titleLines.length >= 3) break;
    }
    if (titleLines.length) ten = titleLines.join(' ').replace(/\s+/g, ' ');
  }
  if (!loaiVanBan && soHieu) loaiVanBan = SUFFIX_TYPES.find(([re]) => re.test(soHieu))?.[1];
  const coQuanBanHanh = lines.slice(0, 8).find((l) => isUpper(l) && !NATIONAL_MOTTO.test(l) && l !== lines[typeIdx]);
  return { soHieu, loaiVanBan, ten: ten ? sentenceCase(ten) : fallbackTitle, coQuanBanHanh, ngayBanHanh };
}

// Header titles are written in capitals; citations read better in sentence case.
function sentenceCase(upper: string): string {
  const lower = upper.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
