import type { DocxModel, Para } from '../docx/read-docx';
import type { Fix, RunFormat } from '../check/findings';
import { child, children, isEl, NS, type XmlElement } from '../docx/xml';

/** Applies one fix to the parsed document; false when it no longer applies (text changed, paragraph gone). */
export function applyFix(model: DocxModel, fix: Fix): boolean {
  switch (fix.kind) {
    case 'margin': {
      const mar = child(sectPr(model), 'pgMar') ?? ensure(sectPr(model), 'pgMar');
      mar.setAttributeNS(NS.w, 'w:' + fix.side, String(fix.twips));
      return true;
    }
    case 'page': {
      const sz = child(sectPr(model), 'pgSz') ?? ensure(sectPr(model), 'pgSz');
      sz.setAttributeNS(NS.w, 'w:w', String(fix.width));
      sz.setAttributeNS(NS.w, 'w:h', String(fix.height));
      sz.removeAttributeNS(NS.w, 'orient');
      return true;
    }
    case 'runs': {
      const para = model.paras[fix.paragraph];
      if (!para) return false;
      for (const r of para.runs) if (r.el) setRun(r.el, fix.set);
      return true;
    }
    case 'para': {
      const para = model.paras[fix.paragraph];
      if (!para) return false;
      setPara(para.el, fix.set);
      return true;
    }
    case 'text':
      return replaceText(model.paras[fix.paragraph], fix.from, fix.to, fix.at);
  }
}

function sectPr(model: DocxModel): XmlElement {
  const body = child(model.document.documentElement, 'body') as XmlElement;
  return child(body, 'sectPr') ?? ensure(body, 'sectPr');
}

/** The child `local` of `el`, created (last, or first for property elements) when missing. */
function ensure(el: XmlElement, local: string, first = false): XmlElement {
  const found = child(el, local);
  if (found) return found;
  const made = el.ownerDocument.createElementNS(NS.w, `w:${local}`);
  if (first && el.firstChild) el.insertBefore(made, el.firstChild);
  else el.appendChild(made);
  return made;
}

function setVal(parent: XmlElement, local: string, value: string | undefined): void {
  const e = ensure(parent, local);
  if (value === undefined) e.removeAttributeNS(NS.w, 'val');
  else e.setAttributeNS(NS.w, 'w:val', value);
}

function setRun(r: XmlElement, set: RunFormat): void {
  const rPr = ensure(r, 'rPr', true);
  if (set.font) {
    const f = ensure(rPr, 'rFonts');
    for (const a of ['asciiTheme', 'hAnsiTheme', 'eastAsiaTheme', 'cstheme']) f.removeAttributeNS(NS.w, a);
    for (const a of ['ascii', 'hAnsi', 'cs', 'eastAsia']) f.setAttributeNS(NS.w, `w:${a}`, set.font);
  }
  if (set.size !== undefined) {
    setVal(rPr, 'sz', String(Math.round(set.size * 2)));
    setVal(rPr, 'szCs', String(Math.round(set.size * 2)));
  }
  if (set.bold !== undefined) setVal(rPr, 'b', set.bold ? '1' : '0');
  if (set.italic !== undefined) setVal(rPr, 'i', set.italic ? '1' : '0');
  if (set.color) {
    const c = ensure(rPr, 'color');
    c.removeAttributeNS(NS.w, 'themeColor');
    c.setAttributeNS(NS.w, 'w:val', set.color);
  }
}

function setPara(p: XmlElement, set: Extract<Fix, { kind: 'para' }>['set']): void {
  const pPr = ensure(p, 'pPr', true);
  if (set.align) setVal(pPr, 'jc', set.align);
  if (set.firstLine !== undefined) {
    const ind = ensure(pPr, 'ind');
    ind.removeAttributeNS(NS.w, 'hanging');
    ind.setAttributeNS(NS.w, 'w:firstLine', String(set.firstLine));
  }
  if (set.after !== undefined || set.line !== undefined) {
    const sp = ensure(pPr, 'spacing');
    if (set.after !== undefined) sp.setAttributeNS(NS.w, 'w:after', String(set.after));
    if (set.line !== undefined) {
      sp.setAttributeNS(NS.w, 'w:line', String(set.line));
      sp.setAttributeNS(NS.w, 'w:lineRule', 'auto');
    }
  }
}

/** One piece of a paragraph's text as the reader built it: a w:t (editable) or a tab, break or hyphen (one character). */
interface Piece {
  start: number;
  length: number;
  t?: XmlElement;
}

function pieces(para: Para): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const r of para.runs) {
    if (!r.el) continue;
    const visit = (el: XmlElement) => {
      for (const c of children(el)) {
        if (isEl(c, 't')) {
          const n = (c.textContent ?? '').normalize('NFC').length;
          out.push({ start: at, length: n, t: c });
          at += n;
        } else if (isEl(c, 'tab') || isEl(c, 'br') || isEl(c, 'cr') || isEl(c, 'noBreakHyphen')) {
          out.push({ start: at, length: 1 });
          at += 1;
        } else if (isEl(c, 'AlternateContent', NS.mc)) {
          const choice = child(c, 'Choice', NS.mc) ?? child(c, 'Fallback', NS.mc);
          if (choice) visit(choice);
        }
      }
    };
    visit(r.el);
  }
  return out;
}

/** Replaces `from` at `at` (or its first occurrence) in a paragraph, editing the w:t elements that hold it. */
export function replaceText(para: Para | undefined, from: string, to: string, at?: number): boolean {
  if (!para || !from) return false;
  const start = at !== undefined && para.text.slice(at, at + from.length) === from ? at : para.text.indexOf(from);
  if (start < 0) return false;
  const end = start + from.length;
  const ps = pieces(para);
  if (ps.some((p) => !p.t && p.start >= start && p.start < end)) return false;
  let placed = false;
  for (const p of ps) {
    if (!p.t || p.start + p.length <= start || p.start >= end) continue;
    const text = (p.t.textContent ?? '').normalize('NFC');
    const a = Math.max(0, start - p.start);
    const b = Math.min(p.length, end - p.start);
    const next = text.slice(0, a) + (placed ? '' : to) + text.slice(b);
    placed = true;
    p.t.textContent = next;
    p.t.setAttribute('xml:space', 'preserve');
  }
  if (!placed) return false;
  // Later fixes of this paragraph find their offsets in the edited text (pieces are read from the XML again).
  para.text = para.text.slice(0, start) + to + para.text.slice(end);
  return true;
}
