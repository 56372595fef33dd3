/**
 * The console's feedback review at scale: page times (newest first, keyset cursor, store and joined filters, page
 * rendered to HTML) and the memory of streamed CSV and XLSX exports, over N feedback records (default 100,000), each on
 * its own answer, in the embedded store (files written directly, then opened as the service opens them).
 * Usage: npx tsx bench/console/feedback-paging-bench.ts [N] [runs]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { Principal } from '../../src/accounts/principal';
import { createFeedbackReview } from '../../src/feedback/feedback-review';
import { FEEDBACK_EXPORT_COLUMNS } from '../../src/feedback/feedback-export-rows';
import { createReviewStates } from '../../src/feedback/review-state';
import { writeExport } from '../../src/http/export-formats';
import { createEmbeddedStore } from '../../src/store';
import { stringifyWithDates } from '../../src/store/json-dates';
import type { AnswerRecord, FeedbackRecord } from '../../src/store/types';
import { feedbackListPage } from '../../src/console/pages/feedback-list-page';
import type { ConsoleContext } from '../../src/console/auth/console-auth';

const N = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 30);
const UNITS = ['Sở Tư pháp', 'Sở Nội vụ', 'UBND phường Suối Hoa', 'UBND xã Nam Sơn', 'Sở Tài chính', 'Thanh tra tỉnh', 'Sở Y tế', 'Sở Giáo dục và Đào tạo'];
const DOCS = ['Điều 7 Nghị định 168/2024/NĐ-CP', 'Điều 28 Luật Khiếu nại 2011', 'Điều 113 Bộ luật Lao động 45/2019/QH14', 'Điều 18 Luật Hộ tịch 60/2014/QH13'];
const gate = { decision: 'allow' as const, level: 1 as const, categories: [], counts: {}, hashes: [] };
const SYS: Principal = { actor: 'admin-api', role: 'system_admin', via: 'console' };

function writeCollections(dir: string): void {
  fs.mkdirSync(path.join(dir, 'store'), { recursive: true });
  const t0 = Date.parse('2025-01-01T00:00:00Z');
  const answers: string[] = [];
  const feedback: string[] = [];
  for (let i = 0; i < N; i++) {
    const time = new Date(t0 + i * 300_000);
    // One answer in a hundred cites the rare document: the joined filter scans far for its page.
    const doc = i % 100 === 0 ? DOCS[3] : DOCS[i % 3];
    const a: AnswerRecord = {
      id: `a-${i}`, time, userId: `u-${i % 900}`, unit: UNITS[i % UNITS.length], conversationId: 'c', conversationType: 'personal', feature: 'qa',
      question: `Câu hỏi số ${i}: mức phạt khi vượt đèn đỏ đối với xe mô tô là bao nhiêu?`, answer: `Theo điểm a khoản 7 Điều 7, phạt tiền từ 4.000.000 đến 6.000.000 đồng [1]. Bản ghi ${i}.`,
      citations: [{ articleId: doc.toLowerCase().replace(/\W+/g, '-'), label: doc }], answerer: 'extractive', latencyMs: 120, gate,
    };
    const f: FeedbackRecord = {
      id: `f-${String(i).padStart(6, '0')}`, time, answerId: a.id, userId: a.userId, unit: a.unit, conversationType: 'personal',
      reaction: i % 4 === 0 ? 'dislike' : 'like', ...(i % 5 === 0 ? { comment: `Nhận xét ${i}: cần dẫn đúng văn bản còn hiệu lực.` } : {}),
    };
    answers.push(stringifyWithDates({ k: a.id, d: a }));
    feedback.push(stringifyWithDates({ k: f.id, d: f }));
  }
  fs.writeFileSync(path.join(dir, 'store', 'answers.jsonl'), answers.join('\n') + '\n');
  fs.writeFileSync(path.join(dir, 'store', 'feedback.jsonl'), feedback.join('\n') + '\n');
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-bench-'));
  writeCollections(dir);
  const store = await createEmbeddedStore({ dataDir: dir });
  const review = createFeedbackReview({
    feedback: store.feedback, answers: store.answers, reviews: createReviewStates(store.state),
    audit: { record: async () => undefined }, clock: { now: () => new Date() }, screen: (t) => ({ kind: 'ok', text: t }),
  });
  const ctx = { principal: SYS, session: { csrf: 'x' } } as unknown as ConsoleContext;
  const render = (items: Awaited<ReturnType<typeof review.list>>) =>
    items.kind === 'ok' ? feedbackListPage(ctx, { items: items.items, next: items.next, query: {}, filterQuery: {}, units: UNITS, flash: [] }).length : 0;

  // A page 40 deep: the cursor of page 39, reached by following the links.
  let deep: string | undefined;
  for (let p = 0; p < 39; p++) deep = (await review.list(SYS, {}, { cursor: deep }) as { next?: string }).next;

  const cases: [string, () => Promise<unknown>][] = [
    ['first page, no filter', async () => render(await review.list(SYS, {}))],
    ['page 40 (keyset cursor)', async () => render(await review.list(SYS, {}, { cursor: deep }))],
    ['dislikes with a comment, one unit (store filters)', async () => render(await review.list(SYS, { reaction: 'dislike', hasComment: true, unit: UNITS[2] }))],
    ['cited document in 1 % of answers (joined filter)', async () => render(await review.list(SYS, { document: '60/2014/QH13' }))],
    ['question words (joined filter, every record matches)', async () => render(await review.list(SYS, { topic: 'vuot den do' }))],
    ['reviewed = yes while none is (the store filters by the reviewed ids)', async () => render(await review.list(SYS, { reviewed: true }))],
  ];
  console.log(`N = ${N.toLocaleString('en')} feedback records and answers; ${RUNS} timed runs after 3 warm-up runs`);
  console.log('| page | median | p95 |\n|---|---|---|');
  for (const [name, run] of cases) {
    for (let i = 0; i < 3; i++) await run();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
    console.log(`| ${name} | ${pct(times, 0.5).toFixed(1)} ms | ${pct(times, 0.95).toFixed(1)} ms |`);
  }

  console.log('\n| export of all records | time | peak heap above the idle store | peak RSS above the idle store | bytes |\n|---|---|---|---|---|');
  for (const format of ['csv', 'xlsx'] as const) {
    global.gc?.();
    const base = process.memoryUsage();
    let heap = 0;
    let rss = 0;
    const sample = setInterval(() => {
      const m = process.memoryUsage();
      heap = Math.max(heap, m.heapUsed - base.heapUsed);
      rss = Math.max(rss, m.rss - base.rss);
    }, 20);
    let bytes = 0;
    const sink = new Writable({ write(chunk: Buffer, _e, cb) { bytes += chunk.length; cb(); } });
    const t = performance.now();
    const r = await review.exportRows(SYS, {}, (id) => id ?? '');
    if (r.kind !== 'ok') throw new Error(r.kind);
    await writeExport(sink, { format, columns: FEEDBACK_EXPORT_COLUMNS, rows: r.rows });
    const ms = performance.now() - t;
    clearInterval(sample);
    console.log(`| ${format} | ${(ms / 1000).toFixed(1)} s | ${(heap / 1048576).toFixed(0)} MB | ${(rss / 1048576).toFixed(0)} MB | ${(bytes / 1048576).toFixed(1)} MB |`);
  }
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
