import type { Finding } from '../check/findings';
import type { DocxModel } from '../docx/read-docx';
import { child, NS, parseXml, serializeXml, type XmlDocument, type XmlElement } from '../docx/xml';
import { applyFix } from './apply-fixes';

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const EMPTY_COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${NS.w}"></w:comments>`;

/** What the corrected copy did with each finding. */
export interface CorrectionReport {
  fixed: number;
  commented: number;
}

/**
 * The corrected copy: the same .docx with the certain fixes applied (margins, paper, fonts, sizes, layout, date and
 * number forms, spelling) and every other finding as a Word comment on its paragraph. `model` is consumed.
 */
export async function correctedCopy(model: DocxModel, findings: Finding[], opts: { author: string; date: Date }): Promise<{ buffer: Buffer } & CorrectionReport> {
  const comments: { paragraph: number; text: string }[] = [];
  let fixed = 0;
  // Text fixes of one paragraph are applied from its end, so earlier offsets stay valid.
  const sorted = [...findings].sort((a, b) => textAt(b) - textAt(a));
  for (const f of sorted) {
    if (f.fix && applyFix(model, f.fix)) fixed++;
    else comments.push({ paragraph: f.paragraph ?? firstBodyParagraph(model), text: `[${f.rule}] ${f.message}${f.fixLabel ? ` → ${f.fixLabel}` : ''}` });
  }
  if (comments.length) await addComments(model, comments.reverse(), opts);
  model.zip.file('word/document.xml', serializeXml(model.document));
  const buffer = await model.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { buffer, fixed, commented: comments.length };
}

function textAt(f: Finding): number {
  return f.fix?.kind === 'text' ? f.fix.paragraph * 1e6 + (f.fix.at ?? 0) : -1;
}

function firstBodyParagraph(model: DocxModel): number {
  return model.paras.find((p) => p.text.trim())?.index ?? 0;
}

async function addComments(model: DocxModel, list: { paragraph: number; text: string }[], opts: { author: string; date: Date }): Promise<void> {
  const zip = model.zip;
  const existing = await zip.file('word/comments.xml')?.async('string');
  const doc = parseXml(existing ?? EMPTY_COMMENTS);
  const root = doc.documentElement;
  let id = 1 + Math.max(0, ...Array.from(root.getElementsByTagNameNS(NS.w, 'comment')).map((c) => Number((c as XmlElement).getAttributeNS(NS.w, 'id')) || 0));
  const w = (parent: XmlElement | XmlDocument, local: string, attrs: Record<string, string> = {}) => {
    const el = (parent.nodeType === 9 ? (parent as XmlDocument) : (parent as XmlElement).ownerDocument).createElementNS(NS.w, `w:${local}`);
    for (const [k, v] of Object.entries(attrs)) el.setAttributeNS(NS.w, `w:${k}`, v);
    return el;
  };
  for (const c of list) {
    const para = model.paras[c.paragraph] ?? model.paras[0];
    if (!para) continue;
    const cid = String(id++);
    const comment = w(doc, 'comment', { id: cid, author: opts.author, initials: 'AI', date: opts.date.toISOString().replace(/\.\d+Z$/, 'Z') });
    const p = w(doc, 'p');
    const r = w(doc, 'r');
    const t = w(doc, 't');
    t.textContent = c.text;
    r.appendChild(t);
    p.appendChild(r);
    comment.appendChild(p);
    root.appendChild(comment);
    // Anchor: the whole paragraph, with the reference run at its end.
    const el = para.el;
    const start = w(el, 'commentRangeStart', { id: cid });
    const pPr = child(el, 'pPr');
    if (pPr?.nextSibling) el.insertBefore(start, pPr.nextSibling);
    else if (pPr) el.appendChild(start);
    else if (el.firstChild) el.insertBefore(start, el.firstChild);
    else el.appendChild(start);
    el.appendChild(w(el, 'commentRangeEnd', { id: cid }));
    const ref = w(el, 'r');
    ref.appendChild(w(el, 'commentReference', { id: cid }));
    el.appendChild(ref);
  }
  zip.file('word/comments.xml', serializeXml(doc));
  if (!existing) await register(model);
}

async function register(model: DocxModel): Promise<void> {
  const zip = model.zip;
  const types = parseXml((await zip.file('[Content_Types].xml')?.async('string')) ?? '');
  const troot = types.documentElement;
  const ns = troot.namespaceURI ?? 'http://schemas.openxmlformats.org/package/2006/content-types';
  const override = types.createElementNS(ns, 'Override');
  override.setAttribute('PartName', '/word/comments.xml');
  override.setAttribute('ContentType', COMMENTS_TYPE);
  troot.appendChild(override);
  zip.file('[Content_Types].xml', serializeXml(types));
  const relsPath = 'word/_rels/document.xml.rels';
  const rels = parseXml((await zip.file(relsPath)?.async('string')) ?? '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>');
  const rroot = rels.documentElement;
  const ids = new Set(Array.from(rroot.getElementsByTagName('Relationship')).map((r) => r.getAttribute('Id')));
  let n = 1;
  while (ids.has(`rIdC${n}`)) n++;
  const rel = rels.createElementNS(rroot.namespaceURI ?? 'http://schemas.openxmlformats.org/package/2006/relationships', 'Relationship');
  rel.setAttribute('Id', `rIdC${n}`);
  rel.setAttribute('Type', COMMENTS_REL);
  rel.setAttribute('Target', 'comments.xml');
  rroot.appendChild(rel);
  zip.file(relsPath, serializeXml(rels));
}
