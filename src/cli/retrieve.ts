import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { createKnowledgeBase } from '../knowledge';
import { createBuildProgress } from '../knowledge/index/build-progress';

/** Command line: retrieve the top-k articles for each question of a JSON Lines file, one result line per question. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', multiple: true },
      queries: { type: 'string' },
      k: { type: 'string', default: '10' },
      'data-dir': { type: 'string', default: './data' },
      progress: { type: 'boolean' },
    },
  });
  if (!values.corpus?.length || !values.queries) {
    process.stderr.write('Usage: retrieve --corpus <file or folder> [--corpus …] --queries <questions.jsonl> [--k 10] [--data-dir ./data]\n');
    process.exit(2);
  }
  const k = Number(values.k);
  const kb = await createKnowledgeBase({
    paths: values.corpus.map((p) => path.resolve(p)),
    dataDir: path.resolve(values['data-dir'] ?? './data'),
    onProgress: createBuildProgress({ bar: values.progress ?? process.stderr.isTTY === true }),
  });
  const lines = readline.createInterface({ input: fs.createReadStream(values.queries), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const q = JSON.parse(line) as { qid?: unknown; question?: unknown };
    if (typeof q.question !== 'string') continue;
    const hits = kb.retriever.search(q.question, k).map((h) => ({ id: h.article.id, score: Number(h.score.toFixed(4)) }));
    process.stdout.write(`${JSON.stringify({ qid: q.qid, hits })}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`retrieve: ${(err as Error).message}\n`);
  process.exit(1);
});
