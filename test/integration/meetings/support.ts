import fs from 'node:fs';
import path from 'node:path';
import type { ReceivedActivity } from '../../../src/cli/chat/connector-server';

/** The meeting fixtures, read as UTF-8 text or raw bytes. */
export const fixturesDir = path.resolve(__dirname, '../../fixtures/meetings');
export const readFixture = (name: string): string => fs.readFileSync(path.join(fixturesDir, name), 'utf8');

/** The text of a bot activity, with Teams' <br> line breaks turned back into newlines. */
export const textOf = (r: ReceivedActivity): string => String(r.activity.text ?? '').replace(/<br>/g, '\n');

/** The entities of a bot activity. */
export const entitiesOf = (r: ReceivedActivity): Record<string, unknown>[] => (r.activity.entities as Record<string, unknown>[] | undefined) ?? [];

/** Every file under `dir`, recursively, with its content (binary read as latin1 so substrings still match bytes). */
export function filesUnder(dir: string): { file: string; utf8: string }[] {
  const out: { file: string; utf8: string }[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else if (entry.isFile()) out.push({ file: full, utf8: fs.readFileSync(full).toString('utf8') });
  }
  return out;
}

/** Files under `dir` whose content contains `needle` (UTF-8, or JSON-escaped as \uXXXX). */
export function filesContaining(dir: string, needle: string): string[] {
  const escaped = JSON.stringify(needle).slice(1, -1);
  const ascii = needle.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return filesUnder(dir)
    .filter(({ utf8 }) => utf8.includes(needle) || utf8.includes(escaped) || utf8.includes(ascii))
    .map(({ file }) => file);
}

/** One row of the "Phân công nhiệm vụ" markdown table of a summary. */
export interface TaskRow { owner: string; task: string; deadline: string }

/** The task rows of a summary's markdown table (header and separator rows excluded). */
export function taskRows(text: string): TaskRow[] {
  return text
    .split('\n')
    .filter((line) => /^\|\s*\d+\s*\|/.test(line))
    .map((line) => line.split('|').slice(2, -1).map((c) => c.trim()))
    .map(([owner, task, deadline]) => ({ owner, task, deadline }));
}

/** Builds a .docx whose paragraphs are the lines of `text` (as a secretary's Word minutes would be). */
export async function docxOf(text: string): Promise<Buffer> {
  const { Document, Packer, Paragraph } = await import('docx');
  const doc = new Document({ sections: [{ children: text.split('\n').map((line) => new Paragraph(line)) }] });
  return Packer.toBuffer(doc);
}
