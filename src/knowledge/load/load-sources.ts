import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../types';
import { loadMarkdown } from './load-markdown';
import { articlesFromPlainText, docxText, pdfText } from './load-office';
import { loadPhapdien } from './load-phapdien';

const EXTENSIONS = ['.md', '.markdown', '.docx', '.pdf', '.jsonl', '.jsonl.gz'];

/** True when the file is a knowledge source this module can read (README and PROVENANCE files describe sources). */
export function isSourceFile(file: string): boolean {
  const lower = file.toLowerCase();
  const base = path.basename(lower);
  return EXTENSIONS.some((e) => lower.endsWith(e)) && !base.startsWith('readme') && !base.startsWith('provenance');
}

/** Lists the source files under the given files/folders, sorted, recursing into folders. */
export function listSourceFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string): void => {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) if (!name.startsWith('.')) walk(path.join(p, name));
    } else if (isSourceFile(p)) {
      out.push(p);
    }
  };
  for (const p of paths) if (fs.existsSync(p)) walk(path.resolve(p));
  return [...new Set(out)];
}

/** Loads every article of one source file, whatever its format. */
export async function* loadFile(file: string, onBadLine?: () => void, onBytes?: (n: number) => void): AsyncGenerator<Article> {
  const lower = file.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.jsonl.gz')) {
    yield* loadPhapdien(file, onBadLine, onBytes);
  } else if (lower.endsWith('.md') || lower.endsWith('.markdown')) {
    yield* loadMarkdown(fs.readFileSync(file, 'utf8'), file);
  } else if (lower.endsWith('.docx')) {
    yield* articlesFromPlainText(await docxText(fs.readFileSync(file)), file);
  } else if (lower.endsWith('.pdf')) {
    yield* articlesFromPlainText(await pdfText(fs.readFileSync(file)), file);
  }
}
