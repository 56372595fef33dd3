import JSZip from 'jszip';

/**
 * Test documents written as raw WordprocessingML, in the ways real files are built: fonts and sizes in styles or on
 * each run, rule lines as DrawingML shapes, VML lines, paragraph borders, underscores or an underline, the header in a
 * table, the signature block in a table. A spec is plain data, so a test plants one error by changing one field.
 */
export interface Line {
  text: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  caps?: boolean;
  align?: 'left' | 'center' | 'right' | 'both';
  font?: string;
  color?: string;
}
export interface BodyPara extends Line {
  firstLine?: number;
  after?: number;
  line?: number;
}
export type RuleKind = 'drawing' | 'vml' | 'border' | 'underscore' | 'underline' | 'none';
export interface DocSpec {
  page: { w: number; h: number; landscape?: boolean; top: number; bottom: number; left: number; right: number };
  /** Fonts and the body size set in styles (docDefaults and a body style) or on every run. */
  fontsIn: 'styles' | 'runs';
  font: string;
  parent?: Line;
  issuer: Line[];
  issuerRule: { kind: RuleKind; ratio: number };
  so: Line;
  vv?: Line[];
  quocHieu: Line;
  tieuNgu: Line;
  tieuNguRule: { kind: RuleKind; ratio: number };
  date: Line;
  tenLoai?: Line;
  trichYeu: Line[];
  trichYeuRule: { kind: RuleKind; ratio: number };
  kinhGui: Line[];
  body: BodyPara[];
  noiNhanLabel: Line;
  noiNhan: Line[];
  authority: Line[];
  signerName: Line;
  pageNumber: { where: 'header' | 'footer'; onFirst: boolean; align: 'center' | 'right'; size: number };
  /** Lines of one block typed as one paragraph with line breaks (Shift+Enter): number and V/v, the signature. */
  joinLines?: boolean;
  /** The header table in two rows: organ names beside Quốc hiệu and Tiêu ngữ, then the number beside the date. */
  twoRows?: boolean;
  /** No header table: the organ block, then Quốc hiệu, Tiêu ngữ and the date, as paragraphs one under another. */
  noTable?: boolean;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// Approximate Times widths: enough to draw lines of a given share of a text's length.
const width = (l: Line) => l.text.length * (l.size ?? 13) * (l.bold ? 0.56 : 0.5);

function rPr(l: Line, spec: DocSpec, bodyStyle = false): string {
  const p: string[] = [];
  const font = l.font ?? (spec.fontsIn === 'runs' ? spec.font : undefined);
  if (font) p.push(`<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}"/>`);
  if (l.bold) p.push('<w:b/>');
  if (l.italic) p.push('<w:i/>');
  if (l.caps) p.push('<w:caps/>');
  if (l.color) p.push(`<w:color w:val="${l.color}"/>`);
  const size = l.size ?? 13;
  if (spec.fontsIn === 'runs' || !(bodyStyle ? size === 14 : size === 13)) p.push(`<w:sz w:val="${size * 2}"/><w:szCs w:val="${size * 2}"/>`);
  if (l.underline) p.push('<w:u w:val="single"/>');
  return p.length ? `<w:rPr>${p.join('')}</w:rPr>` : '';
}

/** Several lines as one paragraph, separated by line breaks (each keeps its own formatting). */
function joined(lines: Line[], spec: DocSpec): string {
  const runs = lines.map((l, i) => `<w:r>${rPr(l, spec)}${i ? '<w:br/>' : ''}<w:t xml:space="preserve">${esc(l.text)}</w:t></w:r>`).join('');
  return `<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/></w:pPr>${runs}</w:p>`;
}

function para(l: Line, spec: DocSpec, opts: { style?: string; ind?: string; spacing?: string; extra?: string; border?: string } = {}): string {
  const pPr = [
    opts.style ? `<w:pStyle w:val="${opts.style}"/>` : '',
    opts.border ?? '',
    opts.spacing ?? '<w:spacing w:before="0" w:after="0"/>',
    opts.ind ?? '',
    l.align && !(opts.style === 'BodyText' && l.align === 'both') ? `<w:jc w:val="${l.align}"/>` : '',
  ].join('');
  const runs = l.text ? `<w:r>${rPr(l, spec, opts.style === 'BodyText')}<w:t xml:space="preserve">${esc(l.text)}</w:t></w:r>` : '';
  return `<w:p><w:pPr>${pPr}</w:pPr>${runs}${opts.extra ?? ''}</w:p>`;
}

/** The rule line under a text: a shape, a VML line, a border on an empty paragraph, underscores, or nothing. */
function rule(under: Line, r: { kind: RuleKind; ratio: number }, spec: DocSpec, cellWidth: number): string {
  const len = Math.round(width(under) * r.ratio);
  switch (r.kind) {
    case 'drawing': {
      const emu = len * 12700;
      return `<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="${emu}" cy="0"/><wp:wrapNone/><wp:docPr id="${Math.floor(len)}" name="Line"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${emu}" cy="0"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>`;
    }
    case 'vml':
      return `<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/></w:pPr><w:r><w:pict><v:line xmlns:v="urn:schemas-microsoft-com:vml" from="0,0" to="${len}pt,0" strokeweight=".5pt"/></w:pict></w:r></w:p>`;
    case 'border': {
      const indent = Math.max(0, Math.round((cellWidth - 216 - len * 20) / 2));
      return `<w:p><w:pPr><w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr><w:spacing w:before="0" w:after="0" w:line="120" w:lineRule="exact"/><w:ind w:left="${indent}" w:right="${indent}"/></w:pPr></w:p>`;
    }
    case 'underscore': {
      const n = Math.max(1, Math.round(len / ((under.size ?? 13) * 0.5)));
      return para({ text: '_'.repeat(n), size: under.size, align: 'center' }, spec);
    }
    default:
      return '';
  }
}

const cell = (w: number, content: string) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>${content || '<w:p/>'}</w:tc>`;
const table = (cols: number[], ...rows: string[][]) =>
  `<w:tbl><w:tblPr><w:tblW w:w="${cols.reduce((a, b) => a + b)}" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${cols.map((c) => `<w:gridCol w:w="${c}"/>`).join('')}</w:tblGrid>${rows.map((cells) => `<w:tr>${cells.map((c, i) => cell(cols[i], c)).join('')}</w:tr>`).join('')}</w:tbl>`;

/** Renders a spec as a .docx. */
export async function renderSpec(spec: DocSpec): Promise<Buffer> {
  const text = spec.page.w - spec.page.left - spec.page.right;
  const cols = [Math.round(text * 0.4), text - Math.round(text * 0.4)];
  const centre = (l: Line) => para({ ...l, align: l.align ?? 'center' }, spec);
  const withRule = (l: Line, r: { kind: RuleKind; ratio: number }, w: number) =>
    para({ ...l, align: l.align ?? 'center', underline: l.underline || r.kind === 'underline' }, spec) + rule(l, r, spec, w);
  const issuerLast = spec.issuer[spec.issuer.length - 1];
  const organ = [spec.parent ? centre(spec.parent) : '', ...spec.issuer.map((l) => (l === issuerLast ? withRule(l, spec.issuerRule, cols[0]) : centre(l)))].join('');
  const number = (spec.joinLines ? [joined([spec.so, ...(spec.vv ?? [])], spec)] : [centre(spec.so), ...(spec.vv ?? []).map(centre)]).join('');
  const motto = [centre(spec.quocHieu), withRule(spec.tieuNgu, spec.tieuNguRule, cols[1])].join('');
  const bodyXml = [
    spec.noTable
      ? [spec.parent ? centre(spec.parent) : '', ...spec.issuer.map((l) => (l === issuerLast ? withRule(l, spec.issuerRule, text + 216) : centre(l))), number,
        centre(spec.quocHieu), withRule(spec.tieuNgu, spec.tieuNguRule, text + 216), para({ ...spec.date, align: 'right' }, spec)].join('')
      : spec.twoRows ? table(cols, [organ, motto], [number, centre(spec.date)]) : table(cols, [organ + number, motto + centre(spec.date)]),
    '<w:p/>',
    spec.tenLoai ? centre(spec.tenLoai) : '',
    ...spec.trichYeu.map((l, i) => (i === spec.trichYeu.length - 1 ? withRule(l, spec.trichYeuRule, text + 216) : centre(l))),
    ...spec.kinhGui.map(centre),
    ...spec.body.map((b) => para(b, spec, {
      style: spec.fontsIn === 'styles' ? 'BodyText' : undefined,
      ind: b.firstLine !== undefined ? `<w:ind w:firstLine="${b.firstLine}"/>` : spec.fontsIn === 'runs' ? '<w:ind w:firstLine="720"/>' : '',
      spacing: spec.fontsIn === 'runs' || b.after !== undefined || b.line !== undefined ? `<w:spacing w:before="0" w:after="${b.after ?? 120}" w:line="${b.line ?? 276}" w:lineRule="auto"/>` : '',
    })),
    table([Math.round(text * 0.45), text - Math.round(text * 0.45)], [
      [para(spec.noiNhanLabel, spec), ...spec.noiNhan.map((l) => para(l, spec))].join(''),
      spec.joinLines
        ? joined([...spec.authority, { text: '' }, { text: '' }, spec.signerName], spec)
        : [...spec.authority.map(centre), '<w:p/><w:p/><w:p/>', centre(spec.signerName)].join(''),
    ]),
  ].join('');
  const pn = spec.pageNumber;
  const pageXml = (kind: 'hdr' | 'ftr') => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${kind} xmlns:w="${W}"><w:p><w:pPr><w:jc w:val="${pn.align}"/></w:pPr><w:r><w:rPr><w:sz w:val="${pn.size * 2}"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr><w:sz w:val="${pn.size * 2}"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:rPr><w:sz w:val="${pn.size * 2}"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:sz w:val="${pn.size * 2}"/></w:rPr><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:${kind}>`;
  const emptyHdr = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="${W}"><w:p/></w:hdr>`;
  const refKind = pn.where === 'header' ? 'headerReference' : 'footerReference';
  const firstKind = 'headerReference';
  const sect = `<w:sectPr><w:${refKind} w:type="default" r:id="rIdPage"/>${pn.onFirst ? '' : `<w:${firstKind} w:type="first" r:id="rIdFirst"/>`}<w:pgSz w:w="${spec.page.w}" w:h="${spec.page.h}"${spec.page.landscape ? ' w:orient="landscape"' : ''}/><w:pgMar w:top="${spec.page.top}" w:right="${spec.page.right}" w:bottom="${spec.page.bottom}" w:left="${spec.page.left}" w:header="567" w:footer="567" w:gutter="0"/>${pn.onFirst ? '' : '<w:titlePg/>'}</w:sectPr>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${bodyXml}${sect}</w:body></w:document>`;
  const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>${spec.fontsIn === 'styles' ? `<w:rFonts w:ascii="${spec.font}" w:hAnsi="${spec.font}" w:cs="${spec.font}"/><w:sz w:val="26"/>` : ''}</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="0" w:after="120" w:line="288" w:lineRule="auto"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="28"/></w:rPr></w:style></w:styles>`;
  const zip = new JSZip();
  const part = pn.where === 'header' ? 'header' : 'footer';
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/page.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${part}+xml"/><Override PartName="/word/first.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdPage" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${part}" Target="page.xml"/><Relationship Id="rIdFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="first.xml"/></Relationships>`);
  zip.file('word/document.xml', document);
  zip.file('word/styles.xml', stylesXml);
  zip.file('word/page.xml', pageXml(pn.where === 'header' ? 'hdr' : 'ftr'));
  zip.file('word/first.xml', emptyHdr);
  return zip.generateAsync({ type: 'nodebuffer' });
}
