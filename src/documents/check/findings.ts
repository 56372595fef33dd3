import type { Segment } from './segments';
import { messages, fill } from '../messages';

/** The rule codes of the checker (what each covers: src/documents/README.md). */
export const RULE_CODES = [
  'paper', 'margin', 'font', 'font_size', 'co_quan', 'quoc_hieu', 'tieu_ngu', 'so_ky_hieu', 'dia_danh_ngay',
  'ten_loai_trich_yeu', 'noi_dung', 'chu_ky', 'noi_nhan', 'so_trang', 'viet_hoa', 'viet_tat', 'chinh_ta',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];
export type Severity = 'error' | 'warning';

/** Character formatting a fix sets on a paragraph's runs (size in points). */
export interface RunFormat {
  font?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
}

/** A correction certain enough to apply to the corrected copy. */
export type Fix =
  /** Replaces `from` (at offset `at` of the paragraph's text when given, else its first occurrence) with `to`. */
  | { kind: 'text'; paragraph: number; from: string; to: string; at?: number }
  | { kind: 'runs'; paragraph: number; set: RunFormat }
  | { kind: 'para'; paragraph: number; set: { align?: 'both' | 'center'; firstLine?: number; after?: number; line?: number } }
  | { kind: 'margin'; side: 'top' | 'bottom' | 'left' | 'right'; twips: number }
  | { kind: 'page'; width: number; height: number };

/** One finding: what is wrong, where, which point of the decree says so, and the fix when one is certain. */
export interface Finding {
  rule: RuleCode;
  /** Vietnamese, citing the point of Nghị định 30/2020/NĐ-CP (or the spelling norm) it enforces. */
  message: string;
  /** Vietnamese: the part and paragraph, with the text around it. */
  where: string;
  severity: Severity;
  /** What the fix writes, for people ("ngày 05 tháng 01 năm 2026", "lề trái 30 mm"). */
  fixLabel?: string;
  fix?: Fix;
  /** 0-based paragraph index in the body, when the finding is about one paragraph. */
  paragraph?: number;
  /** The part of the layout (a key of messages.parts). */
  part: PartKey;
}

export type PartKey = keyof typeof messages.parts;

/** Builds a finding from a message key of messages.checks, citing the rule's point of the decree. */
export function finding(rule: RuleCode, key: keyof typeof messages.checks, opts: {
  part: PartKey;
  seg?: Segment;
  values?: Record<string, string | number>;
  severity?: Severity;
  fix?: Fix;
  fixLabel?: string;
  where?: string;
}): Finding {
  const message = `${fill(messages.checks[key], opts.values ?? {})} (${messages.cite[rule]})`;
  return {
    rule,
    message,
    where: opts.where ?? whereOf(opts.part, opts.seg),
    severity: opts.severity ?? 'error',
    fix: opts.fix,
    fixLabel: opts.fixLabel,
    paragraph: opts.seg?.para.index,
    part: opts.part,
  };
}

/** "Đoạn 12 (nội dung): “…the text…”". */
export function whereOf(part: PartKey, seg?: Segment, around?: { start: number; end: number }): string {
  const label = messages.parts[part];
  if (!seg) return label;
  return `${fill(messages.where, { n: seg.para.index + 1, part: label })}: “${excerpt(seg.text, around)}”`;
}

/** Up to ~70 characters of text around a span. */
export function excerpt(text: string, around?: { start: number; end: number }): string {
  const t = text.replace(/\s+/g, ' ');
  if (!around) return t.length > 70 ? `${t.slice(0, 67).trimEnd()}…` : t.trim();
  const from = Math.max(0, around.start - 30);
  const to = Math.min(text.length, around.end + 30);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}
