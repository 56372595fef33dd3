// The question sets retrieval is trained and judged on: the shared development questions (read from ../shared,
// never copied into the repository; a fixed half trains, the other half only measures) and our own written sets
// under datasets/legal-questions/ (train/ for training, eval/ for measuring only).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { stripDiacritics } from '../normalize';

/** One question with the ids of the articles that answer it (none: the law is not in the knowledge base). */
export interface LabelledQuestion {
  qid: string;
  question: string;
  gold: string[];
  /** Writing style where known (everyday, nodiac, shorthand, consult, formal). */
  style?: string;
  /** Which set it comes from (dev, or the file name of our own set). */
  set: string;
}

/** The repository's own question sets. */
export const DATASETS_DIR = path.resolve(__dirname, '..', '..', '..', 'datasets', 'legal-questions');

/** The shared data folder (SHARED_DIR overrides; default ../shared beside the repository). */
export function sharedDir(): string {
  return process.env.SHARED_DIR ?? path.resolve(__dirname, '..', '..', '..', '..', 'shared');
}

/** Fixed 50/50 split of the development questions by SHA-1 of the qid: "train" may train, "holdout" only measures. */
export function devSplit(qid: string): 'train' | 'holdout' {
  return crypto.createHash('sha1').update(qid).digest()[0] % 2 === 0 ? 'train' : 'holdout';
}

function readJsonl<T>(file: string): T[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

/** The development questions of one half, or [] when ../shared is not there. */
export function devQuestions(split: 'train' | 'holdout' | 'all'): LabelledQuestion[] {
  const file = path.join(sharedDir(), 'data', 'legal', 'questions_dev.jsonl');
  if (!fs.existsSync(file)) return [];
  return readJsonl<{ qid: string; question: string; gold: string[] }>(file)
    .filter((q) => split === 'all' || devSplit(q.qid) === split)
    .map((q) => ({ qid: q.qid, question: q.question, gold: q.gold, set: 'dev' }));
}

/** Our own questions of one kind (train or eval), every file of its folder. */
export function ownQuestions(kind: 'train' | 'eval', dir = DATASETS_DIR): LabelledQuestion[] {
  const folder = path.join(dir, kind);
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) =>
    readJsonl<{ qid: string; question: string; gold?: string[]; style?: string }>(path.join(folder, f)).map((q) => ({
      qid: q.qid, question: q.question, gold: q.gold ?? [], style: q.style, set: f.replace(/\.jsonl$/, ''),
    })));
}

/** The question typed without diacritics. */
export function withoutDiacritics(q: LabelledQuestion): LabelledQuestion {
  return { ...q, question: stripDiacritics(q.question), style: 'nodiac' };
}

/** R@1, R@10 (any gold article in the top k) and MRR@10 of ranked id lists. */
export function rankMetrics(results: { gold: string[]; ids: string[] }[]): { n: number; r1: number; r10: number; mrr10: number } {
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
  return { n: results.length, r1: r1 / n, r10: r10 / n, mrr10: mrr / n };
}
