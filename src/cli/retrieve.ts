import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createKnowledgeBase } from '../knowledge';
import { createBuildProgress } from '../knowledge/index/build-progress';
import { loadShippedStatuses, statusKey } from '../qa/document-status';

/**
 * Command line: the top-k articles for each question of a JSON Lines file, one result line per question, with
 * whether the assistant would answer it or say "no basis" (as answers do: answerability at least 0.5, and the best
 * article not of a document declared replaced or expired).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', multiple: true },
      queries: { type: 'string' },
      k: { type: 'string', default: '10' },
      'data-dir': { type: 'string' },
      progress: { type: 'boolean' },
    },
  });
  if (!values.queries) {
    process.stderr.write('Usage: retrieve --queries <questions.jsonl> [--corpus <file or folder> …] [--k 10] [--data-dir ./data]\n(default corpus: KNOWLEDGE_PATHS, i.e. the shipped knowledge/)\n');
    process.exit(2);
  }
  // The same configuration as the service: its knowledge, known gaps and document statuses.
  const config = loadConfig(process.env);
  const k = Number(values.k);
  const kb = await createKnowledgeBase({
    paths: values.corpus?.length ? values.corpus.map((p) => path.resolve(p)) : config.knowledgePaths,
    dataDir: path.resolve(values['data-dir'] ?? config.dataDir),
    gapsPath: config.knowledgeGapsPath,
    onProgress: createBuildProgress({ bar: values.progress ?? process.stderr.isTTY === true }),
  });
  const gone = new Set(loadShippedStatuses(config.documentStatusPath).filter((e) => e.status === 'replaced' || e.status === 'expired').map((e) => statusKey(e.soHieu)));
  const lines = readline.createInterface({ input: fs.createReadStream(values.queries), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const q = JSON.parse(line) as { qid?: unknown; question?: unknown };
    if (typeof q.question !== 'string') continue;
    const found = kb.retriever.lookup ? kb.retriever.lookup(q.question, k) : { hits: kb.retriever.search(q.question, k), missingDocuments: [] };
    const hits = found.hits.map((h) => ({ id: h.article.id, score: Number(h.score.toFixed(4)) }));
    const top = found.hits[0];
    const confidence = found.answerability ?? top?.confidence ?? 0;
    const answerable = !!top && confidence >= 0.5 && !top.article.repealed && !gone.has(statusKey(top.article.document.soHieu ?? ''));
    process.stdout.write(`${JSON.stringify({ qid: q.qid, hits, answerable, confidence: Number(confidence.toFixed(4)) })}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`retrieve: ${(err as Error).message}\n`);
  process.exit(1);
});
