import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';

/** One token of running text: a word of letters, with whether it opens a sentence. */
export interface WordToken {
  word: string;
  /** Start offset in the text. */
  start: number;
  /** True for the first word of a line or after . ? ! (its capital letter says nothing about the word). */
  sentenceStart: boolean;
  /** True when something other than spaces (punctuation, a number) stands between this word and the previous one. */
  afterBreak: boolean;
}

const TOKEN = /\p{L}+|\d+|[^\s\p{L}\d]/gu;

/** Splits running text into words, marking sentence starts and breaks (punctuation, numbers) between words. */
export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  let sentenceStart = true;
  let afterBreak = true;
  let lastEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const start = m.index ?? 0;
    if (/\n/.test(text.slice(lastEnd, start))) {
      sentenceStart = true;
      afterBreak = true;
    }
    lastEnd = start + t.length;
    if (/^\p{L}/u.test(t)) {
      out.push({ word: t, start, sentenceStart, afterBreak });
      sentenceStart = false;
      afterBreak = false;
      continue;
    }
    afterBreak = true;
    if (/^[.?!…]$/.test(t)) sentenceStart = true;
    // "a)", "1." list markers open a sentence too.
    if (t === ')' && out.length && /^\p{L}$/u.test(out[out.length - 1].word)) sentenceStart = true;
  }
  return out;
}

/** Streams the texts (title, then article text) of Pháp điển-shaped .jsonl.gz files. */
export async function* corpusTexts(files: string[], opts: { skip?: (n: number) => boolean } = {}): AsyncGenerator<string> {
  let n = 0;
  for (const file of files) {
    const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const i = n++;
      if (opts.skip?.(i)) continue;
      const rec = JSON.parse(line) as { pd_title?: string; text?: string };
      if (typeof rec.text !== 'string') continue;
      yield `${rec.pd_title ?? ''}\n${rec.text}`.normalize('NFC');
    }
  }
}
