import type { Para, Run } from '../docx/read-docx';

/**
 * A piece of a paragraph that is one part of the layout: a whole paragraph, or one side of a header line laid out
 * with tabs ("ỦY BAN NHÂN DÂN<tab>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
 */
export interface Segment {
  para: Para;
  /** Offset of the segment in the paragraph's text. */
  offset: number;
  text: string;
  /** The runs that carry the segment's text (clipped to it). */
  runs: Run[];
  /** 0 for a whole paragraph or its left side, 1 for the right side. */
  side: 0 | 1;
}

/** Splits paragraphs into segments: header lines with a tab between two texts become two segments. */
export function segmentsOf(paras: Para[], headerParas = 25): Segment[] {
  const out: Segment[] = [];
  for (const para of paras) {
    // Lines broken inside one paragraph (Shift+Enter) in the header or a table are parts of their own:
    // "Số: 05/UBND-VP" and "V/v …", "KT. GIÁM ĐỐC" and the signer's name.
    const split = (para.index < headerParas || para.cell) && para.text.includes('\n');
    let at = 0;
    for (const line of split ? para.text.split('\n') : [para.text]) {
      const m = para.index < headerParas ? /^(\s*\S[^\t]*?)\t+\s*(\S.*)$/s.exec(line) : null;
      if (!split && !m) out.push({ para, offset: 0, text: para.text, runs: para.runs, side: 0 });
      else if (!m) out.push(slice(para, at, at + line.length, 0));
      else out.push(slice(para, at, at + m[1].length, 0), slice(para, at + line.length - m[2].length, at + line.length, 1));
      at += line.length + 1;
    }
  }
  return out;
}

function slice(para: Para, start: number, end: number, side: 0 | 1): Segment {
  const runs: Run[] = [];
  let at = 0;
  for (const r of para.runs) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + r.text.length);
    if (to > from) runs.push({ ...r, text: r.text.slice(from - at, to - at) });
    at += r.text.length;
  }
  return { para, offset: start, text: para.text.slice(start, end), runs, side };
}

/** Runs that print something (not only spaces or tabs). */
export function inkRuns(seg: Pick<Segment, 'runs'>): Run[] {
  return seg.runs.filter((r) => /\S/.test(r.text));
}

/** True when a segment is only a drawn rule: underscores, dashes or nothing but a line shape or border. */
export function isRuleOnly(seg: Segment): boolean {
  const t = seg.text.trim();
  if (/^[_\-–—‒=.]{3,}$/.test(t)) return true;
  return t === '' && (seg.para.lines.length > 0 || !!seg.para.ppr.borderTop || !!seg.para.ppr.borderBottom);
}

/** True when every printing run has the property. */
export function allRuns(seg: Pick<Segment, 'runs'>, test: (r: Run) => boolean): boolean {
  const ink = inkRuns(seg);
  return ink.length > 0 && ink.every(test);
}

/** The size (points) most of the segment's characters are set in. */
export function mainSize(seg: Pick<Segment, 'runs'>): number | undefined {
  const by = new Map<number, number>();
  for (const r of inkRuns(seg)) by.set(r.size, (by.get(r.size) ?? 0) + r.text.trim().length);
  let best: number | undefined;
  let n = -1;
  for (const [size, c] of by) if (c > n) [best, n] = [size, c];
  return best;
}
