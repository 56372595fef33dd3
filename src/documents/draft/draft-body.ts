import fs from 'node:fs';
import path from 'node:path';
import type { AsyncRetriever, LegalDocument } from '../../knowledge/types';
import type { ChatModel } from '../../llm/types';
import { typeByCode } from '../doc-types';
import { fill } from '../messages';
import type { DraftBody } from './build-draft';
import type { DraftFields } from './draft-fields';
import strings from './drafting.vi.json';

/** How the body was written: by the model, as the extractive skeleton, or as the skeleton after a model failure. */
export type DraftMode = 'model' | 'extractive' | 'fallback';

// From src/documents/draft (tsx, jest) or dist/src/documents/draft (built): the first that exists.
const PROMPTS = [path.resolve(__dirname, '../../../prompts/documents/draft.vi.md'), path.resolve(__dirname, '../../../../prompts/documents/draft.vi.md')];
const PROMPT = PROMPTS.find((f) => fs.existsSync(f)) ?? PROMPTS[0];

/** "Căn cứ …" lines from the knowledge base: the documents of the best articles for the draft's subject and points. */
export async function findLegalBases(f: DraftFields, retriever: AsyncRetriever | undefined, max = 3): Promise<string[]> {
  if (f.legalBases?.length) return f.legalBases.map((b, i, all) => terminate(b.startsWith('Căn cứ') ? b : fill(strings.basis, { doc: b }), i === all.length - 1));
  if (!retriever) return [];
  const query = [f.subject, ...f.points].join('. ').slice(0, 500);
  const hits = await retriever.search(query, 10).catch(() => []);
  const docs: LegalDocument[] = [];
  for (const h of hits) {
    if ((h.confidence ?? 1) < 0.3 || h.article.repealed) continue;
    const d = h.article.document;
    if (!docs.some((x) => (x.soHieu ?? x.ten) === (d.soHieu ?? d.ten))) docs.push(d);
    if (docs.length >= max) break;
  }
  return docs.map((d, i) => terminate(fill(strings.basis, { doc: citeDocument(d) }), i === docs.length - 1));
}

/** How a căn cứ names a document: laws by name, other texts by type, number, date, issuer and subject. */
export function citeDocument(d: LegalDocument): string {
  const date = d.ngayBanHanh ? ` ngày ${longDate(d.ngayBanHanh)}` : '';
  const type = d.loaiVanBan ?? '';
  if (/^(?:Bộ luật|Luật|Pháp lệnh)/.test(type) || /^(?:Bộ luật|Luật|Pháp lệnh)\s/.test(d.ten)) {
    const name = /^(?:Bộ luật|Luật|Pháp lệnh)\s/.test(d.ten) ? d.ten : `${type} ${d.ten}`;
    return `${name}${date}`;
  }
  const about = d.ten ? ` ${d.ten[0].toLowerCase()}${d.ten.slice(1)}` : '';
  return `${type}${d.soHieu ? ` số ${d.soHieu}` : ''}${date}${d.coQuanBanHanh ? ` của ${d.coQuanBanHanh}` : ''}${about}`.trim();
}

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${String(d).padStart(2, '0')} tháng ${m <= 2 ? String(m).padStart(2, '0') : m} năm ${y}`;
}

function terminate(line: string, last: boolean): string {
  return line.replace(/[;.\s]*$/, last ? '.' : ';');
}

/** The structured skeleton of a type: its sections, the person's points, and marked places for their content. */
export function skeletonBody(f: DraftFields, bases: string[]): DraftBody {
  const sections = (strings.sections as Record<string, string[]>)[f.type] ?? ['Nội dung'];
  const paragraphs: DraftBody['paragraphs'] = [];
  const numbered = sections.length > 1 && /^[IVX]+\./.test(sections[0]);
  const contentAt = numbered ? Math.min(1, sections.length - 1) : 0;
  sections.forEach((title, k) => {
    if (numbered) paragraphs.push({ text: title, heading: true });
    if (!numbered && sections.length > 1) {
      paragraphs.push({ text: `${title}: ${fill(strings.fill, { what: title.toLowerCase() })}` });
      return;
    }
    if (k === contentAt && f.points.length) for (const p of f.points) paragraphs.push({ text: sentence(p) });
    else paragraphs.push({ text: fill(strings.fill, { what: numbered ? title.replace(/^[IVX]+\.\s*/, '').toLowerCase() : f.subject }) });
  });
  paragraphs.push({ text: closing(f) });
  return { bases, paragraphs };
}

function sentence(p: string): string {
  const t = p.trim();
  return `${t[0].toUpperCase()}${t.slice(1)}${/[.!?:;]$/.test(t) ? '' : '.'}`;
}

function closing(f: DraftFields): string {
  const key = f.type in strings.closing ? (f.type as keyof typeof strings.closing) : 'default';
  return fill(strings.closing[key], { recipient: f.recipients[0] ?? 'các cơ quan, đơn vị', type: typeByCode(f.type)?.name.toLowerCase() ?? '' });
}

/** Writes the body: with a model, from the points and bases (skeleton if the model fails); without one, the skeleton. */
export async function draftBody(f: DraftFields, deps: { retriever?: AsyncRetriever; model?: ChatModel }): Promise<{ body: DraftBody; mode: DraftMode }> {
  const bases = await findLegalBases(f, deps.retriever);
  if (!deps.model) return { body: skeletonBody(f, bases), mode: 'extractive' };
  try {
    const system = fs.readFileSync(PROMPT, 'utf8');
    const user = JSON.stringify({ loai: typeByCode(f.type)?.name, coQuan: f.issuer, kinhGui: f.recipients, trichYeu: f.subject, yChinh: f.points, canCu: bases }, null, 1);
    const text = await deps.model.complete([{ role: 'system', content: system }, { role: 'user', content: user }]);
    const lines = text.split('\n').map((l) => l.replace(/^[#*\s]+|\*\*/g, '').trim()).filter(Boolean);
    if (!lines.length) throw new Error('empty draft');
    return { body: { bases, paragraphs: lines.map((t) => ({ text: t, heading: /^[IVX]+\.\s+\S/.test(t) && t === t.toUpperCase() })) }, mode: 'model' };
  } catch {
    return { body: skeletonBody(f, bases), mode: 'fallback' };
  }
}
