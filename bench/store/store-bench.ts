/**
 * Store write/export figures: feedback adds (each fsync'd on the embedded store), audit appends (hash chain), and a
 * streamed CSV export of all feedback joined with answers. Usage: npx tsx bench/store/store-bench.ts [N]
 * With MONGODB_URI set (e.g. after `source .ci/ferretdb.sh && ferretdb_start`) the MongoDB store is measured too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createPseudonymizer } from '../../src/audit/pseudonymize';
import { feedbackExportRows, FEEDBACK_EXPORT_COLUMNS } from '../../src/feedback/feedback-export-rows';
import { writeExport } from '../../src/http/export-formats';
import { createEmbeddedStore, createMongoStore, type Store } from '../../src/store';

const N = Number(process.argv[2] ?? 2000);
const gate = { decision: 'allow' as const, level: 1 as const, categories: [], counts: {}, hashes: [] };

async function measure(name: string, store: Store) {
  const answers = Math.ceil(N / 4);
  for (let i = 0; i < answers; i++) {
    await store.answers.save({ id: `a-${i}`, time: new Date(), userId: `u-${i % 50}`, unit: 'Sở Tư pháp', conversationId: 'c', conversationType: 'personal', feature: 'qa',
      question: 'Thời hạn giải quyết khiếu nại lần đầu là bao lâu?', answer: 'Không quá 30 ngày kể từ ngày thụ lý (Điều 28 Luật Khiếu nại 2011).',
      citations: [{ articleId: 'd28', label: 'Điều 28 Luật Khiếu nại 2011' }], answerer: 'extractive', latencyMs: 100, gate });
  }
  let t = performance.now();
  for (let i = 0; i < N; i++) {
    await store.feedback.add({ id: `f-${i}`, time: new Date(), answerId: `a-${i % answers}`, userId: `u-${i % 50}`, reaction: i % 3 ? 'like' : 'dislike', comment: 'Rất hữu ích, cảm ơn!' });
  }
  const addMs = performance.now() - t;
  t = performance.now();
  for (let i = 0; i < N; i++) await store.audit.append({ time: new Date(), type: 'turn', actor: `u-${i % 50}`, feature: 'qa', gate, latencyMs: 100, outcome: 'answered' });
  const auditMs = performance.now() - t;
  const heapBefore = process.memoryUsage().heapUsed;
  let bytes = 0;
  const sink = new Writable({ write: (c, _e, cb) => ((bytes += c.length), cb()) });
  t = performance.now();
  const pseudonymize = createPseudonymizer({ salt: 's' });
  await writeExport(sink, { format: 'csv', columns: FEEDBACK_EXPORT_COLUMNS, rows: feedbackExportRows({ feedback: store.feedback, answers: store.answers, query: {}, pseudonymize }) });
  const exportMs = performance.now() - t;
  const heapDelta = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  console.log(`${name}: N=${N} feedback.add ${(N / (addMs / 1000)).toFixed(0)}/s (${(addMs / N).toFixed(2)} ms each); ` +
    `audit.append ${(N / (auditMs / 1000)).toFixed(0)}/s; CSV export ${N} rows ${exportMs.toFixed(0)} ms (${(bytes / 1e6).toFixed(2)} MB, heap +${heapDelta.toFixed(1)} MB)`);
}

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-bench-'));
  const embedded = await createEmbeddedStore({ dataDir: dir });
  await measure('embedded', embedded);
  await embedded.close();
  fs.rmSync(dir, { recursive: true, force: true });
  if (process.env.MONGODB_URI) {
    const dbName = `bench_${Date.now()}`;
    const mongo = await createMongoStore({ uri: process.env.MONGODB_URI, dbName });
    await measure('mongodb (FerretDB/SQLite)', mongo);
    await mongo.close();
  }
})();
