import type { Run } from '../docx/read-docx';
import { finding, type Finding } from './findings';
import type { DocParts } from './parts';
import { inkRuns, mainSize, type Segment } from './segments';

const FONT = 'Times New Roman';
const BLACK = new Set(['auto', '000000']);

/** Font family and colour of every printed run (Phụ lục I, Mục I, khoản 4), and the body text's size (Mục II, khoản 6). */
export function checkFonts(parts: DocParts): Finding[] {
  const out: Finding[] = [];
  const wrongFont = new Map<string, Segment[]>();
  const wrongColor = new Map<string, Segment[]>();
  for (const seg of parts.segments) {
    const fonts = new Set<string>();
    const colors = new Set<string>();
    for (const r of inkRuns(seg)) {
      const f = r.font ?? '(mặc định)';
      if (!isTimes(f)) fonts.add(f);
      if (!BLACK.has(r.color)) colors.add(r.color);
    }
    for (const f of fonts) push(wrongFont, f, seg);
    for (const c of colors) push(wrongColor, c, seg);
  }
  for (const [font, segs] of wrongFont) {
    for (const seg of spread(segs)) {
      out.push(finding('font', 'fontFamily', { part: partOf(parts, seg), seg, values: { font, count: segs.length }, fix: { kind: 'runs', paragraph: seg.para.index, set: { font: FONT } }, fixLabel: FONT }));
    }
  }
  for (const [color, segs] of wrongColor) {
    for (const seg of spread(segs)) {
      out.push(finding('font', 'fontColor', { part: partOf(parts, seg), seg, values: { color: `#${color}`, count: segs.length }, fix: { kind: 'runs', paragraph: seg.para.index, set: { color: '000000' } }, fixLabel: 'màu đen' }));
    }
  }
  const bySize = new Map<number, Segment[]>();
  for (const seg of parts.body) {
    const size = mainSize(seg);
    if (size !== undefined && (size < 13 || size > 14)) push(bySize, size, seg);
  }
  for (const [size, segs] of bySize) {
    const to = size < 13 ? 13 : 14;
    for (const seg of spread(segs, parts.body.length)) {
      out.push(finding('font_size', 'bodySize', { part: 'body', seg, values: { size, count: segs.length }, fix: { kind: 'runs', paragraph: seg.para.index, set: { size: to } }, fixLabel: `cỡ chữ ${to}` }));
    }
  }
  return out;
}

/** A document-wide problem is one finding (at its first paragraph); a few paragraphs get one finding each. */
export function spread<T>(items: T[], population = Infinity): T[] {
  if (items.length > 5 || items.length > population / 2) return items.slice(0, 1);
  return items;
}

function isTimes(font: string): boolean {
  return font.replace(/\s+/g, '').toLowerCase() === 'timesnewroman';
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

/** Which part a segment belongs to (for the location of a finding). */
export function partOf(parts: DocParts, seg: Segment) {
  const is = (s?: Segment | Segment[]) => (Array.isArray(s) ? s.includes(seg) : s === seg);
  if (is(parts.quocHieu)) return 'quocHieu' as const;
  if (is(parts.tieuNgu)) return 'tieuNgu' as const;
  if (is(parts.parent)) return 'parent' as const;
  if (is(parts.issuer)) return 'issuer' as const;
  if (is(parts.soKyHieu)) return 'soKyHieu' as const;
  if (is(parts.diaDanhNgay)) return 'diaDanhNgay' as const;
  if (is(parts.tenLoai)) return 'tenLoai' as const;
  if (is(parts.trichYeu)) return 'trichYeu' as const;
  if (is(parts.vv)) return 'vv' as const;
  if (is(parts.kinhGui)) return 'kinhGui' as const;
  if (is(parts.authority)) return 'authority' as const;
  if (is(parts.signerName)) return 'signerName' as const;
  if (is(parts.noiNhan) || is(parts.noiNhanLabel)) return 'noiNhan' as const;
  return 'body' as const;
}

export type { Run };
