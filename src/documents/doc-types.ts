import data from './data/doc-types.json';
import { foldDiacritics } from '../core/vietnamese';

/** A type of administrative document (Nghị định 30/2020/NĐ-CP, Điều 7) and its abbreviation (Phụ lục III). */
export interface DocType {
  code: string;
  name: string;
  /** Absent for công văn (its ký hiệu has no type abbreviation). */
  abbr?: string;
  /** True when `doc:draft` and /soanthao write this type (the layout of "văn bản có tên loại", or công văn). */
  draft?: boolean;
}

/** Every type of Phụ lục III, plus công văn. */
export const DOC_TYPES: DocType[] = data.types;

const byFolded = new Map(DOC_TYPES.map((t) => [foldDiacritics(t.name), t]));

/** The type whose name the text is (any case, with or without diacritics): "TỜ TRÌNH" → tờ trình. */
export function typeByName(text: string): DocType | undefined {
  return byFolded.get(foldDiacritics(text.trim().replace(/\s+/g, ' ')));
}

/** The type of a code ("to_trinh"). */
export function typeByCode(code: string): DocType | undefined {
  return DOC_TYPES.find((t) => t.code === code);
}

/** The type whose Phụ lục III abbreviation this is (case-insensitive: "TTR" is tờ trình's "TTr"). */
export function typeByAbbr(abbr: string): DocType | undefined {
  const up = abbr.toUpperCase();
  return DOC_TYPES.find((t) => t.abbr?.toUpperCase() === up);
}
