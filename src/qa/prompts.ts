import fs from 'node:fs';
import path from 'node:path';
import type { ChatMessage } from '../llm/types';
import { contentTerms, overlap } from './lexical';
import { articleLabel, displayDate, documentLabel } from './sources';
import type { Source } from './types';
import { fillTemplate } from '../core/template';

/** The Q&A prompt templates (prompts/qa/*.vi.md), loaded once at start. */
export interface QaPrompts {
  system: string;
  user: string;
  source: string;
}

/** Reads the Q&A prompt templates from a folder (default prompts/qa under the working directory). */
export function loadQaPrompts(dir: string = path.resolve('prompts', 'qa')): QaPrompts {
  const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8').trim();
  return { system: read('system.vi.md'), user: read('user.vi.md'), source: read('source.vi.md') };
}

function render(template: string, values: Record<string, string>): string {
  return fillTemplate(template, values, { double: true });
}

// Long articles are cut to the paragraphs nearest the question so the prompt fits small local models.
function sourceText(text: string, question: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const terms = contentTerms(question);
  const paras = text.split(/\n+/).map((t, i) => ({ t: t.trim(), i, s: overlap(terms, t) })).filter((p) => p.t);
  const keep = new Set<number>([paras[0]?.i ?? 0]);
  let size = paras[0]?.t.length ?? 0;
  for (const p of [...paras].sort((a, b) => b.s - a.s || a.i - b.i)) {
    if (keep.has(p.i) || size + p.t.length > maxChars) continue;
    keep.add(p.i);
    size += p.t.length;
  }
  return paras.filter((p) => keep.has(p.i)).map((p) => p.t).join('\n…\n');
}

/** The chat messages for a question: system rules, then the numbered sources and the (redacted) question. */
export function buildQaMessages(prompts: QaPrompts, question: string, sources: Source[], maxSourceChars = 2500): ChatMessage[] {
  const blocks = sources.map(({ position, hit: { article } }) => {
    const d = article.document;
    const doc = [documentLabel(d), d.soHieu ? d.ten : undefined, d.ngayBanHanh && `ngày ${displayDate(d.ngayBanHanh)}`, d.coQuanBanHanh, d.tinhTrang]
      .filter(Boolean).join(', ');
    return render(prompts.source, {
      position: String(position),
      label: articleLabel(article),
      title: article.title ? `. ${article.title}` : '',
      document: doc,
      text: sourceText(article.text, question, maxSourceChars),
    });
  });
  return [
    { role: 'system', content: prompts.system },
    { role: 'user', content: render(prompts.user, { sources: blocks.join('\n\n'), question }) },
  ];
}
