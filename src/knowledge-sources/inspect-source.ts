import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadFile } from '../knowledge/load/load-sources';
import { docxText, pdfText } from '../knowledge/load/load-office';
import { formatOf, indexedName } from './source-format';

/** What a file holds, read by the same loaders as the index build; or why it cannot be loaded. */
export type Inspection =
  | { kind: 'ok'; articleCount: number; documentCount: number; skippedLines: number }
  | { kind: 'unreadable'; detail: string }
  | { kind: 'secret' }
  | { kind: 'no_articles'; skippedLines: number };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads an uploaded file exactly as the index build will (written to a scratch folder, loaded, removed): a file that
 * passes here loads; one that does not is refused before anything is stored. `isSecret` (the gate) refuses a
 * secret-marked text: the knowledge is quoted to every user and may reach a model.
 */
export function createSourceInspector(deps: { scratchDir: string; isSecret?: (text: string) => boolean }) {
  // The whole text, headers included (a marking sits above "Điều 1"); Pháp điển updates are the public codification.
  const wholeText = async (fileName: string, content: Buffer): Promise<string | undefined> => {
    const format = formatOf(fileName);
    if (format === 'markdown') return content.toString('utf8');
    if (format === 'docx') return docxText(content);
    if (format === 'pdf') return pdfText(content);
    return undefined;
  };
  return async (fileName: string, content: Buffer): Promise<Inspection> => {
    if (formatOf(fileName) === 'markdown') {
      try {
        utf8.decode(content);
      } catch {
        return { kind: 'unreadable', detail: 'not UTF-8' };
      }
    }
    const dir = path.join(deps.scratchDir, randomUUID());
    const file = path.join(dir, indexedName(fileName));
    await fs.promises.mkdir(dir, { recursive: true });
    try {
      await fs.promises.writeFile(file, content);
      let articles = 0;
      let skipped = 0;
      const documents = new Set<string>();
      for await (const a of loadFile(file, () => skipped++)) {
        articles++;
        documents.add(a.document.id);
      }
      if (articles === 0) return { kind: 'no_articles', skippedLines: skipped };
      const text = deps.isSecret ? await wholeText(fileName, content) : undefined;
      if (text !== undefined && deps.isSecret?.(text)) return { kind: 'secret' };
      return { kind: 'ok', articleCount: articles, documentCount: documents.size, skippedLines: skipped };
    } catch (err) {
      return { kind: 'unreadable', detail: (err as Error).message.slice(0, 200) };
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true });
    }
  };
}
