import type { DocxModel, Para } from '../docx/read-docx';
import { textWidth } from '../docx/text-width';
import { messages } from '../messages';
import { finding, type Finding, type PartKey, type RuleCode } from './findings';
import { allRuns, inkRuns, isRuleOnly, mainSize, segmentsOf, type Segment } from './segments';

/** How a part must look (Phụ lục I, Phần I, Mục II): case, weight, slant, size range, centring. */
export interface StyleRule {
  upper?: boolean;
  /** "chữ in thường": not written all in capitals. */
  notUpper?: boolean;
  bold?: boolean;
  italic?: boolean;
  size: [number, number];
  center?: boolean;
  /** A part whose weight the decree does not name, but which templates never set bold: a softer finding. */
  notBoldSoft?: boolean;
}

/** True when the letters of a segment print in capitals (typed so, or set with the caps property). */
export function printsUpper(seg: Segment): boolean {
  const letters = seg.text.replace(/[^\p{L}]/gu, '');
  if (!letters) return true;
  return letters === letters.toUpperCase() || allRuns(seg, (r) => r.caps || r.text.replace(/[^\p{L}]/gu, '') === r.text.replace(/[^\p{L}]/gu, '').toUpperCase());
}

/** The findings of one segment against its style rule; `formatted` is false for pasted text (case only). */
export function expectStyle(rule: RuleCode, part: PartKey, seg: Segment, e: StyleRule, formatted: boolean): Finding[] {
  const out: Finding[] = [];
  const label = messages.parts[part];
  const Label = label[0].toUpperCase() + label.slice(1);
  const p = seg.para.index;
  const whole = seg.offset === 0 && seg.text.length === seg.para.text.length;
  if (e.upper && !printsUpper(seg)) {
    out.push(finding(rule, 'partCase', { part, seg, values: { part: Label }, fix: whole ? { kind: 'text', paragraph: p, from: seg.text, to: seg.text.toUpperCase() } : undefined, fixLabel: seg.text.trim().toUpperCase() }));
  }
  if (e.notUpper && seg.text.replace(/[^\p{L}]/gu, '').length > 3 && printsUpper(seg)) {
    out.push(finding(rule, 'partLower', { part, seg, values: { part: Label } }));
  }
  if (!formatted || !inkRuns(seg).length) return out;
  if (e.bold === true && !allRuns(seg, (r) => r.bold)) out.push(finding(rule, 'partBold', { part, seg, values: { part: Label }, fix: whole ? { kind: 'runs', paragraph: p, set: { bold: true } } : undefined, fixLabel: 'in đậm' }));
  if ((e.bold === false || e.notBoldSoft) && allRuns(seg, (r) => r.bold)) {
    out.push(finding(rule, 'partNotBold', { part, seg, values: { part: Label }, severity: e.notBoldSoft ? 'warning' : 'error', fix: whole ? { kind: 'runs', paragraph: p, set: { bold: false } } : undefined, fixLabel: 'bỏ in đậm' }));
  }
  if (e.italic === true && !allRuns(seg, (r) => r.italic)) out.push(finding(rule, 'partItalic', { part, seg, values: { part: Label }, fix: whole ? { kind: 'runs', paragraph: p, set: { italic: true } } : undefined, fixLabel: 'chữ nghiêng' }));
  if (e.italic === false && inkRuns(seg).some((r) => r.italic)) out.push(finding(rule, 'partUpright', { part, seg, values: { part: Label }, fix: whole ? { kind: 'runs', paragraph: p, set: { italic: false } } : undefined, fixLabel: 'chữ đứng' }));
  const size = mainSize(seg);
  const [min, max] = e.size;
  if (size !== undefined && (size < min || size > max)) {
    const to = size < min ? min : max;
    const key = min === max ? 'partSizeOne' : 'partSize';
    out.push(finding(rule, key, { part, seg, values: { part: Label, size, min, max }, fix: whole ? { kind: 'runs', paragraph: p, set: { size: to } } : undefined, fixLabel: `cỡ chữ ${to}` }));
  }
  if (e.center && whole && seg.para.ppr.align !== 'center') out.push(finding(rule, 'partCentred', { part, seg, values: { part: Label }, fix: { kind: 'para', paragraph: p, set: { align: 'center' } }, fixLabel: 'canh giữa' }));
  return out;
}

/** The printed width (pt) of a segment's text in Times New Roman. */
export function segWidth(seg: Segment, doc?: DocxModel): number {
  const size = mainSize(seg) ?? 13;
  const bold = allRuns(seg, (r) => r.bold);
  // A line longer than its column wraps: the printed line is at most the column's width.
  const widest = Math.max(...seg.text.split('\n').map((l) => textWidth(l.trim(), size, bold)));
  return doc ? Math.min(widest, paraWidth(doc, seg.para)) : widest;
}

/** The length (pt) of the rule line drawn under a segment, if any: a shape, a border, underscores or an underline. */
export function ruleUnder(doc: DocxModel | undefined, paras: Para[], seg: Segment): number | undefined {
  const own = seg.para.lines.find((l) => l.length > 5);
  if (own) return own.length;
  if (seg.para.ppr.borderBottom) return paraWidth(doc, seg.para);
  for (const next of paras.slice(seg.para.index + 1, seg.para.index + 3)) {
    if (!sameColumn(seg.para, next)) break;
    const s = segmentsOf([next], 0)[0];
    if (!isRuleOnly(s)) {
      if (next.text.trim()) break;
      continue;
    }
    const drawn = next.lines.find((l) => l.length > 5);
    if (drawn) return drawn.length;
    if (next.ppr.borderTop || next.ppr.borderBottom) return paraWidth(doc, next);
    const size = mainSize(s) ?? 13;
    return textWidth(next.text.trim(), size, allRuns(s, (r) => r.bold));
  }
  if (allRuns(seg, (r) => r.underline)) return segWidth(seg);
  return undefined;
}

function sameColumn(a: Para, b: Para): boolean {
  if (!a.cell || !b.cell) return !a.cell && !b.cell;
  return a.cell.table === b.cell.table && a.cell.col === b.cell.col && a.cell.row === b.cell.row;
}

/** The width (pt) a paragraph's border spans: its cell or the text area, less its indents. */
export function paraWidth(doc: DocxModel | undefined, p: Para): number {
  const page = doc?.page;
  const text = page?.width ? page.width - (page.margins.left ?? 1701) - (page.margins.right ?? 1134) : 9354;
  const outer = p.cell?.width ? p.cell.width - 216 : text;
  return Math.max(0, outer - (p.ppr.left ?? 0) - (p.ppr.right ?? 0)) / 20;
}

/** "0,45" for a ratio. */
export function ratio(n: number): string {
  return (Math.round(n * 100) / 100).toString().replace('.', ',');
}
