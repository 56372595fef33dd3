import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

/** WordprocessingML namespaces, matched by URI (documents may use any prefix). */
export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  wps: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
  v: 'urn:schemas-microsoft-com:vml',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
} as const;

export type XmlElement = Element;

/** Parses an XML part; parse errors are thrown, not printed. */
export function parseXml(text: string): Document {
  return new DOMParser({
    errorHandler: {
      warning: () => undefined,
      error: (msg: string) => {
        throw new Error(`XML: ${msg}`);
      },
      fatalError: (msg: string) => {
        throw new Error(`XML: ${msg}`);
      },
    },
  }).parseFromString(text, 'text/xml');
}

/** Serialises a parsed part back to text. */
export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

/** True when `node` is the element `local` of namespace `ns` (default w:). */
export function isEl(node: Node | null | undefined, local: string, ns: string = NS.w): node is Element {
  return !!node && node.nodeType === 1 && (node as Element).localName === local && (node as Element).namespaceURI === ns;
}

/** The element children of `el`. */
export function children(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

/** The first child element `local` (namespace w: unless given). */
export function child(el: Element | undefined, local: string, ns: string = NS.w): Element | undefined {
  if (!el) return undefined;
  for (let n = el.firstChild; n; n = n.nextSibling) if (isEl(n, local, ns)) return n;
  return undefined;
}

/** The attribute `local` of namespace w: (or the given one); documents sometimes omit the prefix. */
export function attr(el: Element | undefined, local: string, ns: string = NS.w): string | undefined {
  if (!el) return undefined;
  const v = el.getAttributeNS(ns, local);
  if (v) return v;
  const plain = el.getAttribute(local);
  return plain || undefined;
}

/** Every descendant element `local` of namespace `ns`, in document order. */
export function descendants(el: Element | Document, local: string, ns: string = NS.w): Element[] {
  return Array.from(el.getElementsByTagNameNS(ns, local) as unknown as ArrayLike<Element>);
}

/** A w:val-style on/off property: present without val, or val true/1/on, is on. */
export function onOff(el: Element | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = attr(el, 'val');
  return v === undefined || !['0', 'false', 'off', 'none'].includes(v);
}

/** An integer attribute, if present and numeric. */
export function intAttr(el: Element | undefined, local: string, ns: string = NS.w): number | undefined {
  const v = attr(el, local, ns);
  if (v === undefined) return undefined;
  const n = Number.parseFloat(v);
  return Number.isFinite(n) ? n : undefined;
}
