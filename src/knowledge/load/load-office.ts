import path from 'node:path';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import type { Article } from '../types';
import { splitArticles, toArticles } from './split-articles';
import { parseHeader } from './parse-header';
import { documentId } from './load-markdown';

/** Splits plain text extracted from a .docx or .pdf into articles, with document fields read from its header. */
export function articlesFromPlainText(text: string, file: string): Article[] {
  const header = parseHeader(text, path.basename(file).replace(/\.[^.]+$/, ''));
  return toArticles(splitArticles(text), { ...header, id: documentId(header.soHieu, file) });
}

/** Extracts the text of a .docx file (mammoth). */
export async function docxText(buffer: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer })).value;
}

/** Extracts the text of a .pdf file (pdf-parse v2), pages joined by newlines. */
export async function pdfText(buffer: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    const result = await parser.getText();
    // pdf-parse marks page breaks with "-- n of m --" lines; they are not document text.
    return result.text.replace(/^\s*-- \d+ of \d+ --\s*$/gmu, '');
  } finally {
    await parser.destroy();
  }
}
