import type { DocxModel, Para } from '../docx/read-docx';
import { spread } from './check-fonts';
import { expectStyle, ratio, ruleUnder, segWidth } from './expect-style';
import { finding, type Finding } from './findings';
import type { DocParts } from './parts';
import type { Segment } from './segments';

/** Tên loại and trích yếu (or V/v), Kính gửi, the body's layout, the signature and Nơi nhận (Mục II, khoản 5–9). */
export function checkParts(parts: DocParts, paras: Para[], doc: DocxModel | undefined): Finding[] {
  return [...checkTitle(parts, paras, doc), ...checkBody(parts, !!doc), ...checkSignature(parts, !!doc)];
}

function checkTitle(parts: DocParts, paras: Para[], doc: DocxModel | undefined): Finding[] {
  const fmt = !!doc;
  const out: Finding[] = [];
  if (parts.tenLoai) {
    out.push(...expectStyle('ten_loai_trich_yeu', 'tenLoai', parts.tenLoai, { upper: true, bold: true, italic: false, size: [13, 14], center: true }, fmt));
    if (!parts.trichYeu.length) out.push(finding('ten_loai_trich_yeu', 'trichYeuMissing', { part: 'trichYeu', seg: parts.tenLoai }));
    for (const seg of parts.trichYeu) out.push(...expectStyle('ten_loai_trich_yeu', 'trichYeu', seg, { notUpper: true, bold: true, italic: false, size: [13, 14], center: true }, fmt));
    const last = parts.trichYeu[parts.trichYeu.length - 1];
    if (fmt && last) {
      const line = ruleUnder(doc, paras, last);
      const widest = Math.max(...parts.trichYeu.map((s) => segWidth(s, doc)));
      if (line === undefined) out.push(finding('ten_loai_trich_yeu', 'trichYeuLine', { part: 'trichYeu', seg: last }));
      else if (line / widest < 0.28 || line / widest > 0.6) out.push(finding('ten_loai_trich_yeu', 'trichYeuLineLength', { part: 'trichYeu', seg: last, values: { ratio: ratio(line / widest) } }));
    }
  } else if (parts.vv.length) {
    const first = parts.vv[0];
    if (!/^\s*V\/v\s/.test(first.text)) {
      const to = first.text.replace(/^(\s*)(?:v\s*\/\s*v|v\.v\.?|về việc)\s*[:.]?\s*/i, '$1V/v ');
      out.push(finding('ten_loai_trich_yeu', 'vvForm', { part: 'vv', seg: first, fix: { kind: 'text', paragraph: first.para.index, from: first.text, to }, fixLabel: to.trim() }));
    }
    for (const seg of parts.vv) out.push(...expectStyle('ten_loai_trich_yeu', 'vv', seg, { notUpper: true, italic: false, size: [12, 13], notBoldSoft: true }, fmt));
  } else if (parts.quocHieu) {
    out.push(finding('ten_loai_trich_yeu', 'typeMissing', { part: 'tenLoai' }));
  }
  const kg = parts.kinhGui[0];
  if (kg) {
    if (!/^\s*Kính gửi\s*:/.test(kg.text)) {
      const to = kg.text.replace(/^(\s*)kính gửi\s*[:.,-]?\s*/i, '$1Kính gửi: ');
      out.push(finding('noi_nhan', 'kinhGuiColon', { part: 'kinhGui', seg: kg, fix: { kind: 'text', paragraph: kg.para.index, from: kg.text, to }, fixLabel: to.trim() }));
    }
    for (const seg of parts.kinhGui) out.push(...expectStyle('noi_nhan', 'kinhGui', seg, { italic: false, size: [13, 14] }, fmt));
  }
  return out;
}

const CM = 567;
// Headings of parts and chapters stand centred on their own line (Mục II, khoản 6).
const CENTRED_HEADING = /^\s*(?:phần|chương|mục|tiểu mục)\s+[\dIVXLC]+\b/i;

function checkBody(parts: DocParts, fmt: boolean): Finding[] {
  if (!fmt) return [];
  const out: Finding[] = [];
  const bad = { align: [] as Segment[], indent: [] as Segment[], spacing: [] as Segment[], line: [] as Segment[], italic: [] as Segment[] };
  const body = parts.body.filter((s) => s.offset === 0);
  body.forEach((seg, k) => {
    const p = seg.para.ppr;
    const heading = CENTRED_HEADING.test(seg.text) && p.align === 'center';
    if (!heading && p.align !== 'both') bad.align.push(seg);
    const first = p.firstLine ?? 0;
    // A Word list takes its indents from the numbering definitions, which this check does not read.
    if (!heading && !p.list && (first < CM - 30 || first > 1.27 * CM + 30)) bad.indent.push(seg);
    const next = body[k + 1];
    const gap = (p.after ?? 0) + (next ? next.para.ppr.before ?? 0 : 120);
    if (next && gap < 119) bad.spacing.push(seg);
    const lines = lineSpacing(p.line, p.lineRule, seg);
    if (lines !== undefined && (lines < 0.99 || lines > 1.51)) bad.line.push(seg);
    if (seg.runs.length && seg.runs.every((r) => r.italic || !r.text.trim()) && !/^\s*căn cứ/i.test(seg.text) && seg.text.length > 60) bad.italic.push(seg);
  });
  for (const seg of spread(bad.align, body.length)) out.push(finding('noi_dung', 'bodyAlign', { part: 'body', seg, values: { count: bad.align.length }, fix: { kind: 'para', paragraph: seg.para.index, set: { align: 'both' } }, fixLabel: 'canh đều hai lề' }));
  for (const seg of spread(bad.indent, body.length)) {
    const value = ((seg.para.ppr.firstLine ?? 0) / CM).toFixed(2).replace('.', ',');
    out.push(finding('noi_dung', 'bodyIndent', { part: 'body', seg, values: { value, count: bad.indent.length }, fix: { kind: 'para', paragraph: seg.para.index, set: { firstLine: 720 } }, fixLabel: 'lùi đầu dòng 1,27 cm' }));
  }
  for (const seg of spread(bad.spacing, body.length)) {
    const value = ((seg.para.ppr.after ?? 0) / 20).toString().replace('.', ',');
    out.push(finding('noi_dung', 'bodySpacing', { part: 'body', seg, values: { value, count: bad.spacing.length }, fix: { kind: 'para', paragraph: seg.para.index, set: { after: 120 } }, fixLabel: 'cách đoạn 6 pt' }));
  }
  for (const seg of spread(bad.line, body.length)) {
    const v = lineSpacing(seg.para.ppr.line, seg.para.ppr.lineRule, seg) ?? 1;
    out.push(finding('noi_dung', 'bodyLine', { part: 'body', seg, values: { value: ratio(v), count: bad.line.length }, fix: { kind: 'para', paragraph: seg.para.index, set: { line: v < 1 ? 240 : 360 } }, fixLabel: v < 1 ? 'dòng đơn' : '1,5 lines' }));
  }
  for (const seg of spread(bad.italic, body.length)) out.push(finding('noi_dung', 'bodyItalic', { part: 'body', seg, values: { count: bad.italic.length }, fix: { kind: 'runs', paragraph: seg.para.index, set: { italic: false } }, fixLabel: 'chữ đứng' }));
  return out;
}

/** Line spacing in "lines" (1 = single), from Word's auto (240ths) or exact/at-least (twips, against the font). */
function lineSpacing(line: number | undefined, rule: string | undefined, seg: Segment): number | undefined {
  if (line === undefined) return undefined;
  if (!rule || rule === 'auto') return line / 240;
  const size = seg.runs[0]?.size ?? 13;
  // Single spacing of Times New Roman is about 1.15 times the font size.
  return line / 20 / (size * 1.15);
}

const AUTH_PREFIX = /^(\s*)(TM|KT|TL|TUQ|Q)(\s*[:,]?\s+|\s*\.(?=\S))(\S)/;
const HONORIFIC = /^\s*((?:GS|PGS|TS|ThS|TSKH|KS|BS|CN)\.?(?:\s*,?\s*(?:GS|PGS|TS|ThS|TSKH))*\.?)\s+\p{Lu}/u;

function checkSignature(parts: DocParts, fmt: boolean): Finding[] {
  const out: Finding[] = [];
  if (!parts.authority.length && parts.quocHieu) out.push(finding('chu_ky', 'authorityMissing', { part: 'authority' }));
  for (const seg of parts.authority) {
    const m = AUTH_PREFIX.exec(seg.text);
    if (m) {
      const fixed = `${m[2]}. `;
      const from = seg.text.slice(0, m[0].length - 1);
      out.push(finding('chu_ky', 'authorityDot', { part: 'authority', seg, values: { found: from.trim(), fixed: `${m[2]}.` }, fix: { kind: 'text', paragraph: seg.para.index, from, to: `${m[1]}${fixed}` }, fixLabel: `${m[2]}.` }));
    }
    out.push(...expectStyle('chu_ky', 'authority', seg, { upper: true, bold: true, italic: false, size: [13, 14] }, fmt));
  }
  const name = parts.signerName;
  if (!name && parts.authority.length) out.push(finding('chu_ky', 'signerMissing', { part: 'signerName' }));
  if (name) {
    const h = HONORIFIC.exec(name.text);
    if (h) out.push(finding('chu_ky', 'signerTitle', { part: 'signerName', seg: name, values: { found: h[1] }, fix: { kind: 'text', paragraph: name.para.index, from: `${h[1]} `, to: '' }, fixLabel: name.text.replace(h[1], '').trim() }));
    out.push(...expectStyle('chu_ky', 'signerName', name, { notUpper: true, bold: true, italic: false, size: [13, 14] }, fmt));
  }
  out.push(...checkRecipients(parts, fmt));
  return out;
}

function checkRecipients(parts: DocParts, fmt: boolean): Finding[] {
  const label = parts.noiNhanLabel;
  if (!label) return parts.quocHieu && parts.type?.code !== 'giay_moi' ? [finding('noi_nhan', 'noiNhanMissing', { part: 'noiNhan' })] : [];
  const out: Finding[] = [];
  if (!/^\s*Nơi nhận:/.test(label.text)) {
    const to = label.text.replace(/^(\s*)n[oơ]i nh[aậ]n\s*[:.]?/i, '$1Nơi nhận:');
    out.push(finding('noi_nhan', 'noiNhanLabel', { part: 'noiNhan', seg: label, fix: { kind: 'text', paragraph: label.para.index, from: label.text, to }, fixLabel: 'Nơi nhận:' }));
  }
  out.push(...expectStyle('noi_nhan', 'noiNhan', label, { bold: true, italic: true, size: [12, 12] }, fmt));
  const items = parts.noiNhan;
  items.forEach((seg, k) => {
    const t = seg.text.trim();
    const last = k === items.length - 1;
    if (!/^-\s/.test(t)) {
      const to = seg.text.replace(/^(\s*)[-–+•]?\s*/, '$1- ');
      out.push(finding('noi_nhan', 'noiNhanItemDash', { part: 'noiNhan', seg, fix: { kind: 'text', paragraph: seg.para.index, from: seg.text, to }, fixLabel: to.trim() }));
    }
    const end = last ? '.' : ';';
    if (!t.endsWith(end)) {
      const to = seg.text.replace(/[\s.;,:]*$/, end);
      out.push(finding('noi_nhan', 'noiNhanItemEnd', { part: 'noiNhan', seg, fix: { kind: 'text', paragraph: seg.para.index, from: seg.text, to }, fixLabel: to.trim() }));
    }
    if (last && !/^[-–+•]?\s*Lưu\s*:\s*VT\b/.test(t)) {
      const fixable = /^[-–+•]?\s*Lưu\b/i.test(t);
      const to = seg.text.replace(/^(\s*)[-–+•]?\s*lưu\s*[:.]?\s*(?:VT\b)?\s*,?\s*/i, '$1- Lưu: VT, ').replace(/,\s*([.;]?)$/, '$1');
      out.push(finding('noi_nhan', 'noiNhanLuu', { part: 'noiNhan', seg, fix: fixable ? { kind: 'text', paragraph: seg.para.index, from: seg.text, to } : undefined, fixLabel: fixable ? to.trim() : undefined }));
    }
    out.push(...expectStyle('noi_nhan', 'noiNhan', seg, { italic: false, size: [11, 11] }, fmt));
  });
  return out;
}
