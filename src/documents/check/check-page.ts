import type { DocxModel, HeaderFooter } from '../docx/read-docx';
import { finding, type Finding } from './findings';
import { messages } from '../messages';
import { mainSize } from './segments';

const A4 = { width: 11906, height: 16838 };
const MM = 1440 / 25.4;
// Phụ lục I, Phần I, Mục I, khoản 3: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
const MARGINS = { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] } as const;
const TOLERANCE = 0.3;

/** Paper size and orientation, margins, and page numbers (Phụ lục I, Phần I, Mục I). */
export function checkPage(doc: DocxModel, hasTables: boolean): Finding[] {
  const out: Finding[] = [];
  const { width, height, orient, margins } = doc.page;
  if (width && height) {
    const [w, h] = [Math.min(width, height), Math.max(width, height)];
    const landscape = orient === 'landscape' || width > height;
    if (Math.abs(w - A4.width) > 60 || Math.abs(h - A4.height) > 60) {
      const size = `${Math.round(w / MM)} mm x ${Math.round(h / MM)} mm`;
      out.push(finding('paper', 'paperSize', { part: 'page', values: { size }, fix: { kind: 'page', width: A4.width, height: A4.height }, fixLabel: 'A4 (210 mm x 297 mm)' }));
    } else if (landscape && !hasTables) {
      out.push(finding('paper', 'landscape', { part: 'page', fix: { kind: 'page', width: A4.width, height: A4.height }, fixLabel: 'A4 dọc' }));
    }
  }
  for (const side of ['top', 'bottom', 'left', 'right'] as const) {
    const twips = margins[side];
    if (twips === undefined) continue;
    const mm = Math.abs(twips) / MM;
    const [min, max] = MARGINS[side];
    if (mm >= min - TOLERANCE && mm <= max + TOLERANCE) continue;
    const target = mm < min ? min : max;
    out.push(finding('margin', 'margin', {
      part: 'page',
      values: { side: messages.sides[side], value: round(mm), min, max },
      fix: { kind: 'margin', side, twips: Math.round(target * MM) },
      fixLabel: `lề ${messages.sides[side]} ${target} mm`,
    }));
  }
  out.push(...checkPageNumbers(doc));
  return out;
}

function checkPageNumbers(doc: DocxModel): Finding[] {
  const out: Finding[] = [];
  const { headers, footers, titlePage } = doc.page;
  if (footers.some((f) => f.hasPageNumber)) out.push(finding('so_trang', 'pageInFooter', { part: 'footer' }));
  const first = titlePage ? headers.find((h) => h.type === 'first') : headers.find((h) => h.type === 'default');
  if (first?.hasPageNumber) out.push(finding('so_trang', 'pageOnFirst', { part: 'header' }));
  const numbered = [...headers, ...footers].filter((h) => h.hasPageNumber);
  for (const part of numbered) {
    const p = pageParagraph(part);
    if (!p) continue;
    if (p.ppr.align !== 'center') out.push(finding('so_trang', 'pageNotCentred', { part: part.kind }));
    const size = mainSize(p);
    if (size !== undefined && (size < 13 || size > 14)) out.push(finding('so_trang', 'pageSize', { part: part.kind, values: { size } }));
    break;
  }
  return out;
}

function pageParagraph(part: HeaderFooter) {
  return part.paras.find((p) => /PAGE/.test(p.el.toString())) ?? part.paras.find((p) => p.text.trim());
}

function round(n: number): string {
  return (Math.round(n * 10) / 10).toString().replace('.', ',');
}
