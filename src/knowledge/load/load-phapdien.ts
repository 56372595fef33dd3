import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import type { Article, LegalDocument } from '../types';
import { parseClauses } from './split-articles';
import { toIsoDate } from './parse-header';

interface PhapdienSrc { raw?: string; unit_no?: string; doc_type?: string; so_hieu?: string; doc_title?: string; issued?: string; issuer?: string; effective?: string }
interface PhapdienLine { pd_id?: unknown; pd_title?: string; demuc_title?: string; src?: PhapdienSrc; text?: string }

/** Maps one Pháp điển line to an article; the id is its pd_id (not unique: callers keep every line). */
export function phapdienArticle(line: PhapdienLine, documents: Map<string, LegalDocument>): Article | undefined {
  if (typeof line.pd_id !== 'string' || typeof line.text !== 'string') return undefined;
  const src = line.src ?? {};
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
    };
    documents.set(docKey, document);
  }
  return {
    id: line.pd_id,
    number: src.unit_no ?? '',
    title: line.pd_title ?? '',
    text: line.text,
    clauses: parseClauses(line.text),
    document,
    topic: line.demuc_title,
  };
}

/** Streams a Pháp điển JSON Lines file (gzip when it ends in .gz), one article a line; bad lines are counted, not fatal. */
export async function* loadPhapdien(file: string, onBadLine?: () => void, onBytes?: (n: number) => void): AsyncGenerator<Article> {
  const documents = new Map<string, LegalDocument>();
  const raw = fs.createReadStream(file);
  if (onBytes) raw.on('data', (chunk) => onBytes(chunk.length));
  let input: NodeJS.ReadableStream = raw;
  if (file.endsWith('.gz')) input = input.pipe(zlib.createGunzip());
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let article: Article | undefined;
    try {
      article = phapdienArticle(JSON.parse(line) as PhapdienLine, documents);
    } catch {
      article = undefined;
    }
    if (article) yield article;
    else onBadLine?.();
  }
}
