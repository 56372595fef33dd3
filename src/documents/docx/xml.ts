// @xmldom/xmldom's own typings pull the DOM library into the whole program (its Buffer-less fetch types break
// src/bot): it is loaded untyped, behind the few DOM members this module uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const xmldom = require('@xmldom/xmldom') as { DOMParser: new (opts: object) => { parseFromString(text: string, type: string): XmlDocument }; XMLSerializer: new () => { serializeToString(node: XmlNode): string } };

/** A node of a parsed XML part (the subset of the DOM the reader and the corrected copy use). */
export interface XmlNode {
  nodeType: number;
  firstChild: XmlNode | null;
  nextSibling: XmlNode | null;
  textContent: string | null;
  ownerDocument: XmlDocument;
}

/** An element of a parsed XML part. */
export interface XmlElement extends XmlNode {
  localName: string;
  namespaceURI: string | null;
  getAttributeNS(ns: string | null, local: string): string | null;
  getAttribute(name: string): string | null;
  setAttributeNS(ns: string, qualifiedName: string, value: string): void;
  setAttribute(name: string, value: string): void;
  removeAttributeNS(ns: string, local: string): void;
  getElementsByTagNameNS(ns: string, local: string): ArrayLike<XmlElement>;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
  appendChild(node: XmlNode): XmlNode;
  insertBefore(node: XmlNode, ref: XmlNode | null): XmlNode;
}

/** A parsed XML part. */
export interface XmlDocument extends XmlNode {
  documentElement: XmlElement;
  createElementNS(ns: string, qualifiedName: string): XmlElement;
  getElementsByTagNameNS(ns: string, local: string): ArrayLike<XmlElement>;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

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

/** Parses an XML part; parse errors are thrown, not printed. */
export function parseXml(text: string): XmlDocument {
  return new xmldom.DOMParser({
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
export function serializeXml(doc: XmlDocument): string {
  return new xmldom.XMLSerializer().serializeToString(doc);
}

/** True when `node` is the element `local` of namespace `ns` (default w:). */
export function isEl(node: XmlNode | null | undefined, local: string, ns: string = NS.w): node is XmlElement {
  return !!node && node.nodeType === 1 && (node as XmlElement).localName === local && (node as XmlElement).namespaceURI === ns;
}

/** The element children of `el`. */
export function children(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as XmlElement);
  return out;
}

/** The first child element `local` (namespace w: unless given). */
export function child(el: XmlElement | undefined, local: string, ns: string = NS.w): XmlElement | undefined {
  if (!el) return undefined;
  for (let n = el.firstChild; n; n = n.nextSibling) if (isEl(n, local, ns)) return n;
  return undefined;
}

/** The attribute `local` of namespace w: (or the given one); documents sometimes omit the prefix. */
export function attr(el: XmlElement | undefined, local: string, ns: string = NS.w): string | undefined {
  if (!el) return undefined;
  const v = el.getAttributeNS(ns, local);
  if (v) return v;
  const plain = el.getAttribute(local);
  return plain || undefined;
}

/** Every descendant element `local` of namespace `ns`, in document order. */
export function descendants(el: XmlElement | XmlDocument, local: string, ns: string = NS.w): XmlElement[] {
  return Array.from(el.getElementsByTagNameNS(ns, local));
}

/** A w:val-style on/off property: present without val, or val true/1/on, is on. */
export function onOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = attr(el, 'val');
  return v === undefined || !['0', 'false', 'off', 'none'].includes(v);
}

/** An integer attribute, if present and numeric. */
export function intAttr(el: XmlElement | undefined, local: string, ns: string = NS.w): number | undefined {
  const v = attr(el, local, ns);
  if (v === undefined) return undefined;
  const n = Number.parseFloat(v);
  return Number.isFinite(n) ? n : undefined;
}
