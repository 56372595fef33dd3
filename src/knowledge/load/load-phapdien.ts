import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import type { Article, DocumentStatus, LegalDocument } from '../types';
import { parseClauses } from './split-articles';
import { toIsoDate } from './parse-header';
import { cleanArticleText, isRepealed } from './clean-article';

// Pháp điển ids ("1.11.LQ.1") belong to the codification; other ids (e.g. "ext.31-2024-QH15.45") to original texts.
const CODIFIED_ID = /^\d+\.\d+\./;

interface PhapdienSrc { raw?: string; unit_no?: string; doc_type?: string; so_hieu?: string; doc_title?: string; issued?: string; issuer?: string; effective?: string }
interface PhapdienLine { pd_id?: unknown; pd_title?: string; demuc_title?: string; src?: PhapdienSrc; text?: string }

/** The force statuses of one source file: one shared object per kind, completed when the file has been read. */
export interface StatusKinds {
  codified: Extract<DocumentStatus, { kind: 'codified' }>;
  original: Extract<DocumentStatus, { kind: 'original' }>;
}

/** Maps one Pháp điển line to an article; the id is its pd_id (not unique: callers keep every line). */
export function phapdienArticle(line: PhapdienLine, documents: Map<string, LegalDocument>, statuses?: StatusKinds): Article | undefined {
  if (typeof line.pd_id !== 'string' || typeof line.text !== 'string') return undefined;
  const src = line.src ?? {};
  const status = statuses ? (CODIFIED_ID.test(line.pd_id) ? statuses.codified : statuses.original) : undefined;
  const docKey = src.so_hieu || src.doc_title || src.raw || 'unknown';
  let document = documents.get(docKey);
  if (!document) {
    document = {
      id: docKey,
      soHieu: src.so_hieu || undefined,
      loaiVanBan: src.doc_type || undefined,
      ten: src.doc_title || src.raw || '',
      coQuanBanHanh: src.issuer || undefined,
      ngayBanHanh: toIsoDate(src.issued),
      ngayHieuLuc: toIsoDate(src.effective),
      ...(status ? { status } : {}),
    };
    documents.set(docKey, document);
  }
  const number = src.unit_no ?? '';
  const cleaned = cleanArticleText(line.text, number);
  const repealed = isRepealed(cleaned.text);
  return {
    id: line.pd_id,
    number,
    title: line.pd_title ?? '',
    text: cleaned.text,
    clauses: parseClauses(cleaned.text),
    document,
    topic: line.demuc_title,
    ...(repealed ? { repealed } : {}),
    ...(cleaned.notes.length ? { notes: cleaned.notes } : {}),
  };
}

/** Streams a Pháp điển JSON Lines file (gzip when it ends in .gz), one article a line; bad lines are counted, not fatal. */
export async function* loadPhapdien(file: string, onBadLine?: () => void, onBytes?: (n: number) => void): AsyncGenerator<Article> {
  const documents = new Map<string, LegalDocument>();
  // The codification is as recent as the latest document it holds: that date is its "as of".
  const statuses: StatusKinds = { codified: { kind: 'codified' }, original: { kind: 'original' } };
  let latest = '';
  const raw = fs.createReadStream(file);
  if (onBytes) raw.on('data', (chunk) => onBytes(chunk.length));
  let input: NodeJS.ReadableStream = raw;
  if (file.endsWith('.gz')) input = input.pipe(zlib.createGunzip());
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let article: Article | undefined;
    try {
      article = phapdienArticle(JSON.parse(line) as PhapdienLine, documents, statuses);
    } catch {
      article = undefined;
    }
    if (article) {
      const issued = article.document.status === statuses.codified ? article.document.ngayBanHanh : undefined;
      if (issued && issued > latest) latest = issued;
      yield article;
    } else {
      onBadLine?.();
    }
  }
  // Documents reference the shared status object, so every codified document of the file now carries the date.
  if (latest) statuses.codified.asOf = latest;
}
