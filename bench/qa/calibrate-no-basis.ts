// Calibrates the Q&A "no basis" bar: retrieval confidence of the top hits on the development questions
// (answerable; gold in the top 5 or not) and on off-topic questions (must get "no basis").
// Usage: npx tsx bench/qa/calibrate-no-basis.ts [--index <file.idx>] [--corpus ../shared/data/legal/phapdien.jsonl.gz] [--data-dir /tmp/kb-bench]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { knowledgeBaseFromIndex, loadOrBuildIndex } from '../../src/knowledge';
import { readIndexFile } from '../../src/knowledge/index/index-file';
import { lexicalConfidence } from '../../src/qa/no-basis';
import { stripDiacritics } from '../../src/qa/lexical';
import offTopic from './off-topic-questions.json';

const shared = process.env.SHARED_DIR ?? path.resolve(process.cwd(), '..', 'shared');
const { values } = parseArgs({ options: {
  index: { type: 'string' },
  corpus: { type: 'string', default: path.join(shared, 'data', 'legal', 'phapdien.jsonl.gz') },
  'data-dir': { type: 'string', default: '/tmp/kb-bench' },
} });

async function main(): Promise<void> {
  const data = values.index ? readIndexFile(values.index).data
    : (await loadOrBuildIndex({ paths: [path.resolve(values.corpus!)], dataDir: path.resolve(values['data-dir']!), onProgress: () => undefined })).data;
  const kb = knowledgeBaseFromIndex(data);
  const dev = fs.readFileSync(path.join(shared, 'data', 'legal', 'questions_dev.jsonl'), 'utf8').split('\n').filter(Boolean)
    .map((l) => JSON.parse(l) as { question: string; gold: string[] });
  const measure = (q: string) => {
    const hits = kb.retriever.search(q, 5);
    const lexical = lexicalConfidence(q, hits);
    const retriever = hits[0]?.confidence ?? 0;
    return { hits, retriever, lexical, mean: (retriever + lexical) / 2 };
  };
  const devRows = dev.map((d) => { const m = measure(d.question); return { ...m, found: m.hits.some((h) => d.gold.includes(h.article.id)) }; });
  const offRows = (offTopic as string[]).map(measure);
  // The same questions typed without diacritics, as many users do.
  const plainRows = dev.map((d) => measure(stripDiacritics(d.question)));
  const report: Record<string, unknown> = { dev: dev.length, offTopic: offRows.length, devGoldInTop5: share(devRows, (r) => r.found) };
  for (const key of ['retriever', 'lexical', 'mean'] as const) {
    report[key] = [0.2, 0.3, 0.35, 0.4, 0.45, 0.5].map((t) => ({
      bar: t,
      devAnswered: share(devRows, (r) => r[key] >= t),
      devWithGoldAnswered: share(devRows.filter((r) => r.found), (r) => r[key] >= t),
      offTopicRefused: share(offRows, (r) => r[key] < t),
      devUnaccentedAnswered: share(plainRows, (r) => r[key] >= t),
    }));
  }
  console.log(JSON.stringify(report, null, 1));
}

function share<T>(rows: T[], pred: (r: T) => boolean): number {
  return rows.length ? Math.round((rows.filter(pred).length / rows.length) * 1000) / 1000 : 0;
}

void main();
