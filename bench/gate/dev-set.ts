import fs from 'node:fs';
import path from 'node:path';

/** One labelled item of ../shared/data/gate/dev.jsonl. */
export interface DevItem {
  id: string;
  text: string;
  level: number;
  expect_onprem: string;
  expect_external: string;
  categories: string[];
  kind: string;
}

/** Where the shared development set lives (SHARED_DIR overrides ../shared beside the checkout). */
export function devSetPath(): string {
  const shared = process.env.SHARED_DIR ?? path.resolve(process.cwd(), '..', 'shared');
  return path.join(shared, 'data', 'gate', 'dev.jsonl');
}

/** Reads the development set, or returns null when the file is absent. */
export function readDevSet(file = devSetPath()): DevItem[] | null {
  if (!fs.existsSync(file)) return null;
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as DevItem);
}
