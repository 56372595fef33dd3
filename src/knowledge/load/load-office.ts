import path from 'node:path';
import mammoth from 'mammoth';
import type { Article } from '../types';
import { splitArticles, toArticles } from './split-articles';
import { parseHeader } from './parse-header';
import { documentId } from './load-markdown';
import { extractPdfText } from './pdf-worker';

/** Splits plain text extracted from a .docx or .pdf into articles, with document fields read from its header. */
export function articlesFromPlainText(text: string, file: string): Article[] {
  const header = parseHeader(text, path.basename(file).replace(/\.[^.]+$/, ''));
  return toArticles(splitArticles(text), { ...header, id: documentId(header.soHieu, file) });
}

/** Extracts the text of a .docx file (mammoth). */
export async function docxText(buffer: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer })).value;
}

/** Extracts the text of a .pdf file (pdf-parse v2, in a worker thread: see pdf-worker.ts), pages joined by newlines. */
export async function pdfText(buffer: Buffer): Promise<string> {
  const text = await extractPdfText(buffer);
  // pdf-parse marks page breaks with "-- n of m --" lines; they are not document text.
  return text.replace(/^\s*-- \d+ of \d+ --\s*$/gmu, '');
}
