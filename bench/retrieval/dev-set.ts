import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { stripDiacritics } from '../../src/knowledge/normalize';

/** One development question with its gold article ids. */
export interface DevQuestion {
  qid: string;
  question: string;
  gold: string[];
}

/** The shared data folder (SHARED_DIR overrides; default ../shared from the repository root). */
export function sharedDir(): string {
  return process.env.SHARED_DIR ?? path.resolve(process.cwd(), '..', 'shared');
}

/** Reads the development questions (never copied into the repository). */
export function readDevQuestions(file = path.join(sharedDir(), 'data', 'legal', 'questions_dev.jsonl')): DevQuestion[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as DevQuestion);
}

/** Fixed 50/50 split by qid hash: "train" questions may tune or train, "holdout" ones only measure. */
export function splitOf(qid: string): 'train' | 'holdout' {
  return crypto.createHash('sha1').update(qid).digest()[0] % 2 === 0 ? 'train' : 'holdout';
}

/** The question typed without diacritics. */
export function unaccented(q: DevQuestion): DevQuestion {
  return { ...q, question: stripDiacritics(q.question) };
}

/** Recall@1, recall@10 (any gold in top k) and MRR@10 of ranked id lists. */
export function metrics(results: { gold: string[]; ids: string[] }[]): { r1: number; r10: number; mrr10: number; n: number } {
  let r1 = 0;
  let r10 = 0;
  let mrr = 0;
  for (const { gold, ids } of results) {
    const g = new Set(gold);
    const rank = ids.slice(0, 10).findIndex((id) => g.has(id));
    if (rank === 0) r1++;
    if (rank >= 0) {
      r10++;
      mrr += 1 / (rank + 1);
    }
  }
  const n = results.length || 1;
  return { r1: r1 / n, r10: r10 / n, mrr10: mrr / n, n: results.length };
}
