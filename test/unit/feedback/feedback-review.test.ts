import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import type { Principal } from '../../../src/accounts/principal';
import { createCuratedAnswers, questionKey } from '../../../src/feedback/curated-answers';
import { FEEDBACK_EXPORT_COLUMNS, type FeedbackExportRow } from '../../../src/feedback/feedback-export-rows';
import { createFeedbackReview, type ScreenNote } from '../../../src/feedback/feedback-review';
import { createFeedbackWorklist } from '../../../src/feedback/feedback-worklist';
import { createReviewStates } from '../../../src/feedback/review-state';
import { writeExport } from '../../../src/http/export-formats';
import { createEmbeddedStore } from '../../../src/store';
import type { AnswerRecord, AuditEventInput, FeedbackRecord, Store } from '../../../src/store/types';

const SYS: Principal = { actor: 'admin-api', role: 'system_admin', via: 'console' };
const AUDITOR: Principal = { actor: 'kt-1', role: 'auditor', via: 'console' };
const UNIT_A: Principal = { actor: 'qt-a', role: 'unit_admin', unit: 'Phường A', via: 'console' };
const t0 = Date.parse('2026-02-01T01:00:00Z');
const gate = { decision: 'allow' as const, level: 1 as const, categories: [], counts: {}, hashes: [] };
const screen: ScreenNote = (text) => (/TỐI MẬT/.test(text) ? { kind: 'blocked' } : { kind: 'ok', text: text.replace(/\d{12}/g, '[CCCD_1]') });

const answer = (id: string, question: string, cites: string[], unit: string): AnswerRecord => ({
  id, time: new Date(t0), userId: 'u', unit, conversationId: 'c', conversationType: 'personal', feature: 'qa', question, answer: 'Trả lời [1]',
  citations: cites.map((c) => ({ articleId: c.toLowerCase().replace(/\W+/g, '-'), label: c })), answerer: 'extractive', latencyMs: 1, gate,
});

describe('feedback review (the console\'s use case)', () => {
  let dir: string;
  let store: Store;
  let events: AuditEventInput[];
  let review: ReturnType<typeof createFeedbackReview>;
  const clock = { now: () => new Date(t0 + 3600_000) };

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'review-'));
    store = await createEmbeddedStore({ dataDir: dir });
    events = [];
    await store.answers.save(answer('a1', 'Mức phạt vượt đèn đỏ của xe máy?', ['Điều 7 Nghị định 168/2024/NĐ-CP'], 'Phường A'));
    await store.answers.save(answer('a2', 'Thủ tục đăng ký kết hôn gồm những gì?', ['Điều 18 Luật Hộ tịch 60/2014/QH13'], 'Phường B'));
    await store.answers.save(answer('a3', '=HYPERLINK("http://x","bấm")', [], 'Phường A'));
    const fb = (id: string, minutes: number, over: Partial<FeedbackRecord>): FeedbackRecord => ({ id, time: new Date(t0 + minutes * 60_000), answerId: 'a1', userId: 'u', unit: 'Phường A', reaction: 'like', ...over });
    for (let i = 0; i < 30; i++) await store.feedback.add(fb(`like-${String(i).padStart(2, '0')}`, i, {}));
    await store.feedback.add(fb('d-a1', 40, { reaction: 'dislike', comment: 'Điều 7 đã được sửa đổi' }));
    await store.feedback.add(fb('d-a2', 41, { reaction: 'dislike', answerId: 'a2', unit: 'Phường B', comment: '+cmd|" /C calc"!A0' }));
    await store.feedback.add(fb('d-a3', 42, { reaction: 'dislike', answerId: 'a3', comment: '@SUM(1+1)' }));
    review = createFeedbackReview({ feedback: store.feedback, answers: store.answers, reviews: createReviewStates(store.state), audit: { record: async (e) => events.push(e) }, clock, screen });
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('pages newest first with a cursor that continues exactly where the page ended', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const r = await review.list(SYS, {}, { cursor, limit: 10 });
      if (r.kind !== 'ok') throw new Error(r.kind);
      seen.push(...r.items.map((i) => i.feedback.id));
      cursor = r.next;
    } while (cursor);
    expect(seen).toHaveLength(33);
    expect(new Set(seen).size).toBe(33);
    expect(seen.slice(0, 3)).toEqual(['d-a3', 'd-a2', 'd-a1']);
  });

  it('filters on the question\'s words (with or without diacritics), a cited document and the review state', async () => {
    const ids = async (f: Parameters<typeof review.list>[1]) => {
      const r = await review.list(SYS, f);
      return r.kind === 'ok' ? r.items.map((i) => i.feedback.id) : r.kind;
    };
    expect(await ids({ topic: 'dang ky ket hon' })).toEqual(['d-a2']);
    expect(await ids({ document: 'luật hộ tịch' })).toEqual(['d-a2']);
    expect(await ids({ document: '168/2024', reaction: 'dislike' })).toEqual(['d-a1']);
    expect(await ids({ hasComment: true })).toEqual(['d-a3', 'd-a2', 'd-a1']);
    expect(await ids({ reviewed: true })).toEqual([]);
    expect((await review.markReviewed(SYS, 'like-05')).kind).toBe('ok');
    expect(await ids({ reviewed: true })).toEqual(['like-05']);
    expect((await ids({ reviewed: false })).length).toBe(25);
  });

  it('holds a unit administrator to their unit and lets auditors read but not act; all of it audited', async () => {
    const r = await review.list(UNIT_A, {});
    expect(r.kind === 'ok' && r.items.every((i) => i.feedback.unit === 'Phường A')).toBe(true);
    expect(await review.list(UNIT_A, { unit: 'Phường B' })).toMatchObject({ kind: 'forbidden', reason: 'other_unit' });
    expect(await review.get(UNIT_A, 'd-a2')).toMatchObject({ kind: 'forbidden' });
    expect(await review.markReviewed(UNIT_A, 'd-a2')).toMatchObject({ kind: 'forbidden' });
    expect(await review.markReviewed(UNIT_A, 'd-a1')).toMatchObject({ kind: 'ok', item: { review: { reviewedBy: 'qt-a' } } });
    expect((await review.get(AUDITOR, 'd-a2')).kind).toBe('ok');
    expect(await review.markReviewed(AUDITOR, 'd-a2')).toMatchObject({ kind: 'forbidden', reason: 'role' });
    expect(await review.get(SYS, 'nope')).toEqual({ kind: 'not_found', id: 'nope' });
    expect(events.map((e) => `${e.action}:${e.outcome}`)).toEqual(['feedback.read:forbidden', 'feedback.review:forbidden', 'feedback.review:ok', 'feedback.read:ok', 'feedback.review:forbidden']);
  });

  it('sends to the worklist with a screened note; the worklist groups by cited article and resolves a source once', async () => {
    expect(await review.sendToWorklist(SYS, 'd-a1', 'TỐI MẬT: xem lại')).toEqual({ kind: 'note_blocked' });
    expect(await review.sendToWorklist(SYS, 'd-a1', 'Người hỏi 012345678901 cần trả lời lại')).toMatchObject({ kind: 'ok', item: { review: { worklist: { note: 'Người hỏi [CCCD_1] cần trả lời lại' } } } });
    await review.sendToWorklist(SYS, 'like-01');
    await review.sendToWorklist(SYS, 'd-a3');
    const worklist = createFeedbackWorklist({ feedback: store.feedback, answers: store.answers, reviews: createReviewStates(store.state), audit: { record: async (e) => events.push(e) }, clock });
    const r = await worklist.list(AUDITOR);
    if (r.kind !== 'ok') throw new Error(r.kind);
    expect(r.groups.map((g) => [g.citation?.label, g.entries.length, g.dislikes])).toEqual([['Điều 7 Nghị định 168/2024/NĐ-CP', 2, 1], [undefined, 1, 1]]);
    expect(await worklist.resolve(AUDITOR, r.groups[0].citation!.articleId)).toMatchObject({ kind: 'forbidden' });
    expect(await worklist.resolve(SYS, r.groups[0].citation!.articleId)).toEqual({ kind: 'ok', resolved: 2 });
    expect(await worklist.list(SYS)).toMatchObject({ kind: 'ok', resolved: 2, groups: [{ citation: undefined }] });
  });

  it('exports the filtered records safely: no cell becomes a formula in CSV or XLSX', async () => {
    const r = await review.exportRows(AUDITOR, { reaction: 'dislike' }, (id) => id ?? '');
    if (r.kind !== 'ok') throw new Error(r.kind);
    const rows: FeedbackExportRow[] = [];
    for await (const row of r.rows) rows.push(row);
    expect(rows.map((x) => x.comment)).toEqual(['Điều 7 đã được sửa đổi', '+cmd|" /C calc"!A0', '@SUM(1+1)']);

    const toBuffer = async (format: 'csv' | 'xlsx') => {
      const out = new PassThrough();
      const chunks: Buffer[] = [];
      out.on('data', (c: Buffer) => chunks.push(c));
      async function* again() { yield* rows; }
      await writeExport(out, { format, columns: FEEDBACK_EXPORT_COLUMNS, rows: again() });
      return Buffer.concat(chunks);
    };
    const csv = parse((await toBuffer('csv')).toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(csv.map((c) => c['Nhận xét'])).toEqual(['Điều 7 đã được sửa đổi', '\'+cmd|" /C calc"!A0', '\'@SUM(1+1)']);
    expect(csv[2]['Câu hỏi']).toBe('\'=HYPERLINK("http://x","bấm")');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await toBuffer('xlsx')) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row, n) => { if (n > 1) row.eachCell((c) => cells.push(c)); });
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
    expect(cells.map((c) => c.value)).toEqual(expect.arrayContaining(['+cmd|" /C calc"!A0', '=HYPERLINK("http://x","bấm")']));
    expect(await review.exportRows(UNIT_A, {}, (id) => id ?? '')).toMatchObject({ kind: 'forbidden' });
  });

  it('curated answers: near-identical questions share one; only system administrators record them', async () => {
    expect(questionKey('Thủ tục đăng ký kết hôn?')).toBe(questionKey('  thu tuc DANG KY ket hon '));
    expect(questionKey('Thủ tục đăng ký kết hôn?')).not.toBe(questionKey('Thủ tục đăng ký khai sinh?'));
    const curated = createCuratedAnswers({ state: store.state, screen, audit: { record: async (e) => events.push(e) }, clock });
    const input = { question: 'Thủ tục đăng ký kết hôn gồm những gì?', articles: ['Điều 18 Luật Hộ tịch'], text: 'Nộp tờ khai và xuất trình giấy tờ tùy thân.', byName: 'Tổ pháp chế' };
    expect(await curated.record(UNIT_A, input)).toMatchObject({ kind: 'forbidden' });
    expect(await curated.record(SYS, input)).toMatchObject({ kind: 'ok' });
    expect(await curated.find('thu tuc dang ky ket hon gom nhung gi')).toMatchObject({ text: input.text, byName: 'Tổ pháp chế', articles: ['Điều 18 Luật Hộ tịch'] });
  });
});
