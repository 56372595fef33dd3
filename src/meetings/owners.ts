import { foldDiacritics as fold } from '../core/vietnamese';

// Unit heads: capitalised in formal text ("Phòng Tài chính – Kế hoạch", "UBND phường", "Công an phường").
const UNIT_HEAD = /^(?:phong|ban|to dan pho|to|doi|trung tam|van phong|ubnd|uy ban|cong an|quan su|ban chi huy|hoi|doan|mat tran|mttq|tram y te|truong|bo phan|so|chi cuc|dang uy|hdnd|hop tac xa|khu pho|thon|bch|cac phong|cac ban|cac don vi|cac to|cac dong chi|cac co quan|cac hoi)\b/;
// Titles and forms of address that are unambiguous even without diacritics.
const TITLE_HEAD = /^(?:dong chi|d\/c|chu tich|pho chu tich|bi thu|pho bi thu|to truong|truong (?:khu|thon|ban|phong|cong an|tram)|pho truong|cong chuc|can bo|chi huy truong|thu ky|ke toan|giam doc|hieu truong)\b/;
// Short forms of address ("ông", "bà", "anh", "chị") fold to common syllables: a capitalised name must follow.
const SHORT_ADDRESS = /^(?:ong|ba|anh|chi|co|chu|bac)\s+(\S+)/;
const TRAILING_FILLER = /(?:\s+(?:se|phai|can|duoc|cung|va|thi se|,|:))+$/;

/** True when `phrase` (original text, NFC) reads like whoever a task is given to: a unit, a title or a named person. */
export function looksLikeOwner(phrase: string, caseless: boolean): boolean {
  const trimmed = phrase.trim();
  const words = trimmed.split(/\s+/);
  if (!trimmed || words.length > 14) return false;
  const f = fold(trimmed);
  if (TITLE_HEAD.test(f)) return true;
  if (UNIT_HEAD.test(f)) return caseless || /^[\p{Lu}]/u.test(trimmed) || /^(?:các|cac)\s/iu.test(trimmed);
  const short = SHORT_ADDRESS.exec(f);
  if (short) return caseless || /^[\p{Lu}]/u.test(trimmed.split(/\s+/)[1] ?? '');
  // A named person: at least two capitalised words ("Nguyễn Văn An", "Lan Anh").
  return words.length >= 2 && words.slice(0, 2).every((w) => /^[\p{Lu}]/u.test(w));
}

/** Trims connectives left at the end of an owner phrase ("Phòng X sẽ" → "Phòng X"). */
export function cleanOwner(phrase: string): string {
  let out = phrase.trim().replace(/^(?:cho|giao cho|giao)\s+/iu, '').replace(/[,:;\s]+$/u, '');
  for (;;) {
    const f = fold(out);
    const m = TRAILING_FILLER.exec(f);
    if (!m || m[0].length === 0) break;
    out = out.slice(0, out.length - m[0].length).replace(/[,:;\s]+$/u, '');
  }
  return out;
}

/** Word start offsets of `text`, for scanning candidate owner starts. */
export function wordStarts(text: string, limit: number): number[] {
  const starts: number[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m && m.index < limit; m = re.exec(text)) starts.push(m.index);
  return starts;
}
