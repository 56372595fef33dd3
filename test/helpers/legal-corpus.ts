import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';

/** Where ../shared lives (beside the checkout, as in CI). */
export const SHARED_DIR = path.resolve(process.cwd(), '..', 'shared');
export const CORPUS_FILE = path.join(SHARED_DIR, 'data', 'legal', 'phapdien.jsonl.gz');
export const DEV_QUESTIONS_FILE = path.join(SHARED_DIR, 'data', 'legal', 'questions_dev.jsonl');

/** True when the shared legal corpus and questions are present. */
export const haveLegalData = (): boolean => fs.existsSync(CORPUS_FILE) && fs.existsSync(DEV_QUESTIONS_FILE);

export interface DevQuestion {
  qid: string;
  question: string;
  gold: string[];
}

/** Every `every`-th development question (a fixed, reproducible sample). */
export function sampleDevQuestions(every: number, offset = 0): DevQuestion[] {
  return fs
    .readFileSync(DEV_QUESTIONS_FILE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as DevQuestion)
    .filter((_, i) => i % every === offset);
}

/** Writes the lines of `wanted` articles plus every `every`-th other line of the corpus to a .jsonl.gz; returns the line count. */
export async function writeCorpusSubset(file: string, wanted: Set<string>, every = 150): Promise<number> {
  const input = fs.createReadStream(CORPUS_FILE).pipe(zlib.createGunzip());
  const out: string[] = [];
  let i = 0;
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
    const id = /^\{"pd_id": "([^"]+)"/.exec(line)?.[1];
    if ((id && wanted.has(id)) || i % every === 0) out.push(line);
    i++;
  }
  fs.writeFileSync(file, zlib.gzipSync(`${out.join('\n')}\n`));
  return out.length;
}
