import type { Citation } from '../turns/types';
import { toCitation } from './sources';
import type { Source } from './types';

// "[1]", "[1, 2]", "[1][2]", and the "[doc1]" form some models copy from RAG prompts.
const MARKER = /\s*\[(?:docs?)?(\d{1,3}(?:\s*[,;]\s*(?:docs?)?\d{1,3})*)\]/gi;
// A tail this long after an unclosed "[" cannot be a marker or placeholder still being streamed.
const MAX_HELD = 24;

/**
 * Rewrites citation markers left to right, also on streamed text: keeps [n] that point to a
 * source, renumbers them 1..k in order of first use, and removes the rest. It never splits a
 * bracketed token across outputs, so placeholders such as [CCCD_1] reach `restore` whole.
 */
export class CitationRewriter {
  /** Source positions in order of first use; index + 1 is the new number. */
  readonly used: number[] = [];
  private held = '';

  constructor(private readonly sourceCount: number) {}

  /** Feeds a chunk; returns the text that is safe to show now. */
  push(chunk: string): string {
    const buffer = this.held + chunk;
    const open = buffer.lastIndexOf('[');
    let cut = buffer.length;
    if (open >= 0 && buffer.indexOf(']', open) < 0 && buffer.length - open < MAX_HELD) cut = open;
    // Whitespace before a possible marker is held too, so a removed marker takes its space with it.
    while (cut > 0 && /\s/.test(buffer[cut - 1])) cut--;
    this.held = buffer.slice(cut);
    return this.rewrite(buffer.slice(0, cut));
  }

  /** Flushes what is held back at the end of the text. */
  end(): string {
    const rest = this.held;
    this.held = '';
    return this.rewrite(rest);
  }

  private rewrite(text: string): string {
    return text.replace(MARKER, (whole, list: string) => {
      const kept = list.split(/[,;]/).map((s) => Number(s.replace(/\D/g, '')))
        .filter((n) => Number.isInteger(n) && n >= 1 && n <= this.sourceCount);
      const space = /^\s*/.exec(whole)?.[0] ?? '';
      // A removed marker keeps line breaks before it, so paragraphs do not merge.
      if (kept.length === 0) return space.replace(/[^\n]/g, '');
      const lead = space;
      const unique = [...new Set(kept)];
      return lead + unique.map((n) => `[${this.renumber(n)}]`).join('');
    });
  }

  private renumber(position: number): number {
    const index = this.used.indexOf(position);
    if (index >= 0) return index + 1;
    this.used.push(position);
    return this.used.length;
  }
}

/** The citations of the used sources, under their new numbers. */
export function usedCitations(used: number[], sources: Source[], excerpts?: Map<string, string>): Citation[] {
  return used.map((position, i) => {
    const article = sources[position - 1].hit.article;
    return toCitation(article, i + 1, excerpts?.get(article.id));
  });
}

/** The result of checking an answer's citations against the sources it was given. */
export interface VerifiedText {
  text: string;
  citations: Citation[];
}

/** Keeps only citations that point to a source, renumbered; `citations` is empty when nothing valid is cited. */
export function verifyCitations(text: string, sources: Source[], excerpts?: Map<string, string>): VerifiedText {
  const rewriter = new CitationRewriter(sources.length);
  const out = (rewriter.push(text) + rewriter.end()).replace(/[ \t]+\n/g, '\n').trim();
  return { text: out, citations: usedCitations(rewriter.used, sources, excerpts) };
}
