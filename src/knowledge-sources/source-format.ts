import path from 'node:path';
import { isSourceFile } from '../knowledge/load/load-sources';
import type { KnowledgeSourceFormat } from '../store/types';

/** The largest upload: a MongoDB document holds at most 16 MB, and the check reads the whole file in memory. */
export const KNOWLEDGE_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

const FORMATS: [string, KnowledgeSourceFormat][] = [
  ['.jsonl.gz', 'phapdien'], ['.jsonl', 'phapdien'], ['.markdown', 'markdown'], ['.md', 'markdown'], ['.docx', 'docx'], ['.pdf', 'pdf'],
];

/** The format a file name's extension names, or undefined (the loaders read only these). */
export function formatOf(fileName: string): KnowledgeSourceFormat | undefined {
  const lower = fileName.toLowerCase();
  return FORMATS.find(([ext]) => lower.endsWith(ext))?.[1];
}

/** The extension of a supported file name, as the loaders expect it (".jsonl.gz", ".md"…). */
function extensionOf(fileName: string): string {
  const lower = fileName.toLowerCase();
  return FORMATS.find(([ext]) => lower.endsWith(ext))?.[0] ?? path.extname(lower);
}

/** A browser's file name made safe to keep and to write: no folders, no control characters, at most 120 characters. */
export function safeFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const clean = base.normalize('NFC').replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').replace(/\s+/g, ' ').trim();
  const ext = extensionOf(clean);
  const stem = clean.slice(0, clean.length - ext.length).replace(/^\.+/, '').slice(0, 120 - ext.length);
  return `${stem || 'van-ban'}${ext}`;
}

/** The name the file is indexed under: its own, unless the loaders would skip it (README…, PROVENANCE…). */
export function indexedName(fileName: string): string {
  return isSourceFile(fileName) ? fileName : `van-ban-${fileName}`;
}
