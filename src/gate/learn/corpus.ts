import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ALL_CATEGORIES } from '../policy';
import type { Category, Decision, Level } from '../types';

/** Writing styles of the corpus brief (policy/corpus/WRITING.md). */
export const STYLES = ['formal', 'chat', 'shorthand', 'nodiac', 'typo', 'roleplay', 'buried', 'split', 'euphemism', 'mixed', 'long'] as const;
export type Style = (typeof STYLES)[number];
export type Split = 'train' | 'validation' | 'test';

/** One line as a writer wrote it (policy/corpus/raw/<prefix>.jsonl). */
export const rawLineSchema = z.object({
  id: z.string().min(1),
  text: z.string().refine((t) => t.trim().length >= 5, 'text is empty'),
  categories: z.array(z.enum(ALL_CATEGORIES as [Category, ...Category[]])),
  style: z.enum(STYLES),
  situation: z.string().optional().default(''),
  hard_negative: z.boolean(),
}).passthrough();
export type RawLine = z.infer<typeof rawLineSchema>;

/** One assembled item: the writer's line with the derived level, decisions and splits. */
export interface CorpusItem {
  id: string;
  writer: string;
  text: string;
  categories: Category[];
  style: Style;
  situation: string;
  hard_negative: boolean;
  level: Level;
  onprem: Decision;
  external: Decision;
  /** Near-duplicate group: items of one group always share a split. */
  group: string;
  /** Random split over near-duplicate groups. */
  split: Split;
  /** Split that holds out whole situations (a writer's situation label), for a harder held-out figure. */
  split_situation: Split;
  /** For a text built from corpus items for training (augment.ts): the ids it was built from. */
  sources?: string[];
}

/** Where the corpus lives in the repository. */
export const CORPUS_DIR = path.resolve(__dirname, '..', '..', '..', 'policy', 'corpus');
export const CORPUS_FILE = path.join(CORPUS_DIR, 'corpus.jsonl');

/** Reads the assembled corpus (policy/corpus/corpus.jsonl). */
export function readCorpus(file = CORPUS_FILE): CorpusItem[] {
  if (!fs.existsSync(file)) throw new Error(`Gate corpus ${file} not found: run npm run gate:corpus`);
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as CorpusItem);
}
