import JSZip from 'jszip';
import { createStyleSheet, readParaProps, readRunProps, type ParaProps, type RunProps, type StyleSheet } from './styles';
import { attr, child, children, descendants, intAttr, isEl, NS, onOff, parseXml, type XmlDocument, type XmlElement } from './xml';

/** A run of text with its effective formatting (styles resolved). Size in points. */
export interface Run {
  text: string;
  font?: string;
  size: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Lowercase hex ("ff0000") or "auto". */
  color: string;
  caps: boolean;
  el: XmlElement;
}

/** A horizontal line drawn in or under a paragraph (a shape, a VML line). Length in points. */
export interface DrawnLine {
  kind: 'drawing' | 'vml';
  length: number;
}

/** One paragraph of the body (table cells and text boxes included), in reading order. */
export interface Para {
  index: number;
  text: string;
  runs: Run[];
  ppr: ParaProps & { align: string };
  styleId?: string;
  /** Where the paragraph sits when it is inside a table (body tables numbered from 0). */
  cell?: { table: number; row: number; col: number; width?: number };
  lines: DrawnLine[];
  el: XmlElement;
}

/** A header or footer part and what it shows. */
export interface HeaderFooter {
  kind: 'header' | 'footer';
  type: string;
  path: string;
  paras: Para[];
  /** True when it holds a PAGE field. */
  hasPageNumber: boolean;
}

/** Page setup of the (last) section; lengths in twips. */
export interface PageSetup {
  width?: number;
  height?: number;
  orient?: string;
  margins: { top?: number; bottom?: number; left?: number; right?: number };
  titlePage: boolean;
  headers: HeaderFooter[];
  footers: HeaderFooter[];
}

/** A .docx read for checking: paragraphs with resolved formatting, page setup, and the parsed parts (for the corrected copy). */
export interface DocxModel {
  zip: JSZip;
  document: XmlDocument;
  paras: Para[];
  page: PageSetup;
  styles: StyleSheet;
  /** Parsed header/footer parts by path. */
  parts: Map<string, XmlDocument>;
}

/** Reads a .docx; throws on a file that is not one. */
export async function readDocx(buffer: Buffer | Uint8Array): Promise<DocxModel> {
  const zip = await JSZip.loadAsync(buffer);
  const text = async (p: string) => (await zip.file(p)?.async('string')) ?? undefined;
  const docXml = await text('word/document.xml');
  if (!docXml) throw new Error('not a Word document: word/document.xml is missing');
  const document = parseXml(docXml);
  const stylesXml = await text('word/styles.xml');
  const themeXml = await text('word/theme/theme1.xml');
  const styles = createStyleSheet(stylesXml ? parseXml(stylesXml) : undefined, themeXml ? parseXml(themeXml) : undefined);
  const body = child(document.documentElement, 'body');
  if (!body) throw new Error('not a Word document: no body');
  const reader = createParaReader(styles);
  const paras: Para[] = [];
  reader.block(body, paras, undefined);
  const rels = await readRels(zip, 'word/_rels/document.xml.rels');
  const parts = new Map<string, XmlDocument>();
  const page = await readPage(child(body, 'sectPr') ?? lastSectPr(body), rels, zip, reader, parts);
  return { zip, document, paras, page, styles, parts };
}

function lastSectPr(body: XmlElement): XmlElement | undefined {
  const all = descendants(body, 'sectPr');
  return all[all.length - 1];
}

async function readRels(zip: JSZip, path: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const xml = await zip.file(path)?.async('string');
  if (!xml) return out;
  for (const r of Array.from(parseXml(xml).getElementsByTagName('Relationship'))) {
    const id = r.getAttribute('Id');
    const target = r.getAttribute('Target');
    if (id && target) out.set(id, target.startsWith('/') ? target.slice(1) : `word/${target}`);
  }
  return out;
}

async function readPage(sect: XmlElement | undefined, rels: Map<string, string>, zip: JSZip, reader: ParaReader, parts: Map<string, XmlDocument>): Promise<PageSetup> {
  const sz = child(sect, 'pgSz');
  const mar = child(sect, 'pgMar');
  const page: PageSetup = {
    width: intAttr(sz, 'w'),
    height: intAttr(sz, 'h'),
    orient: attr(sz, 'orient'),
    margins: { top: intAttr(mar, 'top'), bottom: intAttr(mar, 'bottom'), left: intAttr(mar, 'left'), right: intAttr(mar, 'right') },
    titlePage: onOff(child(sect, 'titlePg')) ?? false,
    headers: [],
    footers: [],
  };
  for (const kind of ['header', 'footer'] as const) {
    for (const ref of children(sect ?? ({} as XmlElement)).filter((e) => isEl(e, `${kind}Reference`))) {
      const path = rels.get(attr(ref, 'id', NS.r) ?? '');
      const xml = path ? await zip.file(path)?.async('string') : undefined;
      if (!path || !xml) continue;
      const doc = parseXml(xml);
      parts.set(path, doc);
      const paras: Para[] = [];
      reader.block(doc.documentElement, paras, undefined);
      const hasPageNumber = /\bPAGE\b/.test(descendants(doc, 'instrText').map((e) => e.textContent ?? '').join(' ') + descendants(doc, 'fldSimple').map((e) => attr(e, 'instr') ?? '').join(' '));
      (kind === 'header' ? page.headers : page.footers).push({ kind, type: attr(ref, 'type') ?? 'default', path, paras, hasPageNumber });
    }
  }
  return page;
}

interface ParaReader {
  block(container: XmlElement, out: Para[], cell: Para['cell']): void;
}

function createParaReader(styles: StyleSheet): ParaReader {
  let tables = 0;
  const reader: ParaReader = {
    block(container, out, cell) {
      for (const el of children(container)) {
        if (isEl(el, 'p')) paragraph(el, out, cell);
        else if (isEl(el, 'tbl')) table(el, out);
        else if (isEl(el, 'sdt')) reader.block(child(el, 'sdtContent') ?? el, out, cell);
        else if (isEl(el, 'customXml')) reader.block(el, out, cell);
      }
    },
  };

  function table(tbl: XmlElement, out: Para[]): void {
    const t = tables++;
    const grid = children(child(tbl, 'tblGrid') ?? tbl).filter((e) => isEl(e, 'gridCol')).map((g) => intAttr(g, 'w') ?? 0);
    children(tbl).filter((e) => isEl(e, 'tr')).forEach((tr, row) => {
      let col = 0;
      for (const tc of children(tr).filter((e) => isEl(e, 'tc'))) {
        const tcPr = child(tc, 'tcPr');
        const span = intAttr(child(tcPr, 'gridSpan'), 'val') ?? 1;
        const tcW = child(tcPr, 'tcW');
        const width = attr(tcW, 'type') === 'dxa' || !attr(tcW, 'type') ? intAttr(tcW, 'w') : undefined;
        const gridWidth = grid.slice(col, col + span).reduce((a, b) => a + b, 0) || undefined;
        reader.block(tc, out, { table: t, row, col, width: width || gridWidth });
        col += span;
      }
    });
  }

  function paragraph(p: XmlElement, out: Para[], cell: Para['cell']): void {
    const pPr = child(p, 'pPr');
    const styleId = attr(child(pPr, 'pStyle'), 'val');
    const base = styles.para(styleId);
    const ppr = { ...base.ppr, ...readParaProps(pPr) };
    const para: Para = { index: out.length, text: '', runs: [], ppr: { ...ppr, align: normaliseAlign(ppr.align) }, styleId, cell, lines: [], el: p };
    out.push(para);
    const boxes: XmlElement[] = [];
    const visit = (el: XmlElement) => {
      for (const c of children(el)) {
        if (isEl(c, 'r')) run(c, para, base.rpr, boxes);
        else if (isEl(c, 'hyperlink') || isEl(c, 'ins') || isEl(c, 'smartTag') || isEl(c, 'fldSimple') || isEl(c, 'customXml')) visit(c);
        else if (isEl(c, 'sdt')) visit(child(c, 'sdtContent') ?? c);
      }
    };
    visit(p);
    para.text = para.runs.map((r) => r.text).join('');
    // Paragraphs of text boxes follow the paragraph that anchors them.
    for (const box of boxes) reader.block(box, out, cell);
  }

  function run(r: XmlElement, para: Para, paraRpr: RunProps, boxes: XmlElement[]): void {
    const rPr = child(r, 'rPr');
    const props = { ...paraRpr, ...styles.char(attr(child(rPr, 'rStyle'), 'val')), ...readRunProps(rPr) };
    let text = '';
    const content = (el: XmlElement) => {
      for (const c of children(el)) {
        if (isEl(c, 't')) text += c.textContent ?? '';
        else if (isEl(c, 'tab')) text += '\t';
        else if (isEl(c, 'br') || isEl(c, 'cr')) text += '\n';
        else if (isEl(c, 'noBreakHyphen')) text += '-';
        else if (isEl(c, 'drawing')) drawing(c, para, boxes);
        else if (isEl(c, 'pict')) vml(c, para, boxes);
        else if (isEl(c, 'AlternateContent', NS.mc)) {
          // Word writes a shape twice (DrawingML, and VML for old readers): read the first choice only.
          const choice = child(c, 'Choice', NS.mc) ?? child(c, 'Fallback', NS.mc);
          if (choice) content(choice);
        }
      }
    };
    content(r);
    if (!text) return;
    const font = props.fontTheme ? styles.themeFont(props.fontTheme) : props.font;
    para.runs.push({
      text: text.normalize('NFC'),
      font,
      size: (props.size ?? 20) / 2,
      bold: props.bold ?? false,
      italic: props.italic ?? false,
      underline: props.underline ?? false,
      color: props.color ?? 'auto',
      caps: props.caps ?? false,
      el: r,
    });
  }

  return reader;
}

function normaliseAlign(a: string | undefined): string {
  if (!a || a === 'start') return 'left';
  if (a === 'end') return 'right';
  if (a === 'distribute' || a === 'thaiDistribute') return 'both';
  return a;
}

const EMU_PER_PT = 12700;

function drawing(d: XmlElement, para: Para, boxes: XmlElement[]): void {
  for (const shape of descendants(d, 'wsp', NS.wps)) {
    const geom = descendants(shape, 'prstGeom', NS.a)[0]?.getAttribute('prst') ?? '';
    const txbx = descendants(shape, 'txbxContent')[0];
    if (txbx) boxes.push(txbx);
    if (!/^(?:line|straightConnector1)$/.test(geom)) continue;
    const ext = descendants(d, 'extent', NS.wp)[0] ?? descendants(shape, 'ext', NS.a)[0];
    const cx = Number(ext?.getAttribute('cx') ?? 0);
    para.lines.push({ kind: 'drawing', length: cx / EMU_PER_PT });
  }
}

function vml(pict: XmlElement, para: Para, boxes: XmlElement[]): void {
  for (const box of descendants(pict, 'txbxContent')) boxes.push(box);
  for (const line of descendants(pict, 'line', NS.v)) {
    const [x1] = points(line.getAttribute('from'));
    const [x2] = points(line.getAttribute('to'));
    if (x1 !== undefined && x2 !== undefined) para.lines.push({ kind: 'vml', length: Math.abs(x2 - x1) });
  }
  // Straight connectors drawn as a shape with a style width ("width:120pt;height:0").
  for (const shape of descendants(pict, 'shape', NS.v)) {
    const type = shape.getAttribute('type') ?? '';
    if (!/_x0000_t32|connector/i.test(type)) continue;
    const width = /(?:^|;)\s*width:([\d.]+)(pt|in|cm|mm|px)?/.exec(shape.getAttribute('style') ?? '');
    if (width) para.lines.push({ kind: 'vml', length: toPt(Number(width[1]), width[2]) });
  }
}

function points(v: string | null): number[] {
  if (!v) return [];
  return v.split(',').map((s) => {
    const m = /^\s*(-?[\d.]+)\s*(pt|in|cm|mm|px)?/.exec(s);
    return m ? toPt(Number(m[1]), m[2]) : NaN;
  });
}

function toPt(n: number, unit: string | undefined): number {
  switch (unit) {
    case 'in': return n * 72;
    case 'cm': return (n * 72) / 2.54;
    case 'mm': return (n * 72) / 25.4;
    case 'px': return n * 0.75;
    default: return n;
  }
}
