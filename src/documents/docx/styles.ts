import { attr, child, children, intAttr, isEl, NS, onOff, type XmlDocument, type XmlElement } from './xml';

/** Character formatting; undefined fields inherit. Sizes in half-points, as Word stores them. */
export interface RunProps {
  font?: string;
  /** A theme font slot ("minorHAnsi"…), resolved against the theme. */
  fontTheme?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  color?: string;
  caps?: boolean;
}

/** Paragraph formatting; lengths in twentieths of a point (twips). */
export interface ParaProps {
  align?: string;
  firstLine?: number;
  left?: number;
  right?: number;
  before?: number;
  after?: number;
  line?: number;
  lineRule?: string;
  borderTop?: boolean;
  borderBottom?: boolean;
  /** A numbered or bulleted list paragraph (its indents come from the numbering definitions). */
  list?: boolean;
}

interface Style {
  type: string;
  basedOn?: string;
  ppr: ParaProps;
  rpr: RunProps;
}

/** Reads run properties (w:rPr). */
export function readRunProps(rpr: XmlElement | undefined): RunProps {
  if (!rpr) return {};
  const out: RunProps = {};
  const fonts = child(rpr, 'rFonts');
  if (fonts) {
    const font = attr(fonts, 'hAnsi') ?? attr(fonts, 'ascii');
    const theme = attr(fonts, 'hAnsiTheme') ?? attr(fonts, 'asciiTheme');
    // A layer that names a font replaces the theme font of the layers below it, and the other way round.
    if (theme) Object.assign(out, { fontTheme: theme, font: undefined });
    else if (font) Object.assign(out, { font, fontTheme: undefined });
  }
  const sz = intAttr(child(rpr, 'sz'), 'val');
  if (sz !== undefined) out.size = sz;
  const b = onOff(child(rpr, 'b'));
  if (b !== undefined) out.bold = b;
  const i = onOff(child(rpr, 'i'));
  if (i !== undefined) out.italic = i;
  const u = child(rpr, 'u');
  if (u) out.underline = (attr(u, 'val') ?? 'single') !== 'none';
  const color = child(rpr, 'color');
  if (color) out.color = (attr(color, 'val') ?? 'auto').toLowerCase();
  const caps = onOff(child(rpr, 'caps'));
  if (caps !== undefined) out.caps = caps;
  return out;
}

/** Reads paragraph properties (w:pPr), without the paragraph mark's run properties. */
export function readParaProps(ppr: XmlElement | undefined): ParaProps {
  if (!ppr) return {};
  const out: ParaProps = {};
  const jc = attr(child(ppr, 'jc'), 'val');
  if (jc) out.align = jc;
  const ind = child(ppr, 'ind');
  if (ind) {
    const first = intAttr(ind, 'firstLine');
    const hanging = intAttr(ind, 'hanging');
    if (hanging !== undefined) out.firstLine = -hanging;
    else if (first !== undefined) out.firstLine = first;
    const left = intAttr(ind, 'left') ?? intAttr(ind, 'start');
    if (left !== undefined) out.left = left;
    const right = intAttr(ind, 'right') ?? intAttr(ind, 'end');
    if (right !== undefined) out.right = right;
  }
  const sp = child(ppr, 'spacing');
  if (sp) {
    const before = intAttr(sp, 'before');
    if (before !== undefined) out.before = before;
    const after = intAttr(sp, 'after');
    if (after !== undefined) out.after = after;
    const line = intAttr(sp, 'line');
    if (line !== undefined) out.line = line;
    const rule = attr(sp, 'lineRule');
    if (rule) out.lineRule = rule;
  }
  const num = child(ppr, 'numPr');
  if (num) out.list = attr(child(num, 'numId'), 'val') !== '0';
  const bdr = child(ppr, 'pBdr');
  if (bdr) {
    const line = (side: string) => {
      const e = child(bdr, side);
      return !!e && !['nil', 'none'].includes(attr(e, 'val') ?? 'none');
    };
    out.borderTop = line('top');
    out.borderBottom = line('bottom');
  }
  return out;
}

const merge = <T extends object>(...layers: T[]): T => Object.assign({}, ...layers);

/** The document's styles with inheritance (docDefaults → basedOn chain → direct formatting) and theme fonts. */
export interface StyleSheet {
  /** Effective paragraph properties of a paragraph style (the default paragraph style when id is undefined). */
  para(styleId: string | undefined): { ppr: ParaProps; rpr: RunProps };
  /** Effective run properties of a character style. */
  char(styleId: string | undefined): RunProps;
  /** A theme slot's typeface ("minorHAnsi" → "Calibri"). */
  themeFont(slot: string): string | undefined;
  /** The id of the default paragraph style. */
  defaultParaStyle?: string;
}

/** Builds the style sheet from styles.xml and theme1.xml (either may be absent). */
export function createStyleSheet(styles: XmlDocument | undefined, theme: XmlDocument | undefined): StyleSheet {
  const byId = new Map<string, Style>();
  let defaults = { ppr: {} as ParaProps, rpr: {} as RunProps };
  let defaultParaStyle: string | undefined;
  const root = styles?.documentElement;
  if (root) {
    const dd = child(root, 'docDefaults');
    defaults = {
      rpr: readRunProps(child(child(dd, 'rPrDefault'), 'rPr')),
      ppr: readParaProps(child(child(dd, 'pPrDefault'), 'pPr')),
    };
    for (const s of children(root)) {
      if (!isEl(s, 'style')) continue;
      const id = attr(s, 'styleId');
      if (!id) continue;
      const type = attr(s, 'type') ?? 'paragraph';
      if (type === 'paragraph' && ['1', 'true', 'on'].includes(attr(s, 'default') ?? '')) defaultParaStyle = id;
      byId.set(id, { type, basedOn: attr(child(s, 'basedOn'), 'val'), ppr: readParaProps(child(s, 'pPr')), rpr: readRunProps(child(s, 'rPr')) });
    }
  }
  const themeFonts = readThemeFonts(theme);
  const chain = (id: string | undefined): Style[] => {
    const out: Style[] = [];
    const seen = new Set<string>();
    while (id && !seen.has(id)) {
      seen.add(id);
      const s = byId.get(id);
      if (!s) break;
      out.unshift(s);
      id = s.basedOn;
    }
    return out;
  };
  const paraCache = new Map<string, { ppr: ParaProps; rpr: RunProps }>();
  return {
    defaultParaStyle,
    para(styleId) {
      const id = styleId ?? defaultParaStyle ?? '';
      let hit = paraCache.get(id);
      if (!hit) {
        const c = chain(id || undefined);
        hit = { ppr: merge(defaults.ppr, ...c.map((s) => s.ppr)), rpr: merge(defaults.rpr, ...c.map((s) => s.rpr)) };
        paraCache.set(id, hit);
      }
      return hit;
    },
    char: (styleId) => merge({}, ...chain(styleId).map((s) => s.rpr)),
    themeFont: (slot) => (slot.startsWith('major') ? themeFonts.major : themeFonts.minor),
  };
}

function readThemeFonts(theme: XmlDocument | undefined): { major?: string; minor?: string } {
  if (!theme) return {};
  const latin = (name: string) => {
    const el = theme.getElementsByTagNameNS(NS.a, name)[0] as XmlElement | undefined;
    const l = el ? (el.getElementsByTagNameNS(NS.a, 'latin')[0] as XmlElement | undefined) : undefined;
    return l?.getAttribute('typeface') || undefined;
  };
  return { major: latin('majorFont'), minor: latin('minorFont') };
}
