import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAnswerQuestion } from '../../../src/qa/answer-question';
import { createExtractiveAnswerer } from '../../../src/qa/extractive-answerer';
import { createDocumentStatusBook, loadShippedStatuses } from '../../../src/qa/document-status';
import type { Article, Retriever, SearchResult } from '../../../src/knowledge/types';
import type { AnswerResult } from '../../../src/qa/types';
import { ARTICLES, LUAT_XD, ND13 } from '../../helpers/fake-retriever';

const clock = { now: () => new Date('2026-03-01T08:00:00Z') };
const memoryState = () => {
  const kv: Record<string, unknown> = {};
  return { read: async (keys: string[]) => Object.fromEntries(keys.filter((k) => k in kv).map((k) => [k, kv[k]])), write: async (c: Record<string, unknown>) => void Object.assign(kv, c) };
};
/** A retriever that returns fixed articles with a given answerability and missing documents. */
const fixed = (articles: Article[], answerability = 0.9, missingDocuments: string[] = [], uncoveredLaws: string[] = []): Retriever => {
  const result = (): SearchResult => ({ hits: articles.map((a, i) => ({ article: a, score: 10 - i, confidence: answerability * (1 - i / 10) })), missingDocuments, answerability, uncoveredLaws });
  return { search: () => result().hits, lookup: result };
};
const text = (r: AnswerResult): string => r.text;

describe('what answers say about a document’s force', () => {
  it('stops quoting a document declared replaced, and says what replaced it', async () => {
    const book = createDocumentStatusBook({ shipped: [{ soHieu: '13/2023/NĐ-CP', status: 'replaced', by: 'Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15', from: '2026-01-01' }], clock });
    const ask = createAnswerQuestion({ retriever: fixed([ARTICLES[0], ARTICLES[2]]), extractive: createExtractiveAnswerer(), clock, documentStatus: book });
    const r = await ask({ question: 'Sự đồng ý của chủ thể dữ liệu có hiệu lực khi nào?', canStream: false });
    expect(r.kind).toBe('no_basis');
    expect(text(r)).toContain('Nghị định 13/2023/NĐ-CP');
    expect(text(r)).toContain('được thay thế bởi Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 từ ngày 01/01/2026');
    expect(text(r)).not.toContain('“');
  });

  it('quotes a document declared amended, with the warning', async () => {
    const book = createDocumentStatusBook({ shipped: [], state: memoryState(), clock });
    await book.set({ soHieu: '50/2014/qh13', status: 'amended', by: 'Luật số 62/2020/QH14', from: '2021-01-01' }, 'admin-api');
    const ask = createAnswerQuestion({ retriever: fixed([ARTICLES[2]]), extractive: createExtractiveAnswerer(), clock, documentStatus: book });
    const r = await ask({ question: 'Cấp giấy phép xây dựng', canStream: false });
    expect(r.kind).toBe('answer');
    expect(text(r)).toContain('đã được sửa đổi, bổ sung bởi Luật số 62/2020/QH14 từ ngày 01/01/2021');
  });

  it('withdraws a shipped declaration when an administrator declares the document in force, on every instance', async () => {
    const state = memoryState();
    const shipped = [{ soHieu: '13/2023/NĐ-CP', status: 'replaced' as const, by: 'X' }];
    const one = createDocumentStatusBook({ shipped, state, clock });
    const other = createDocumentStatusBook({ shipped, state, clock });
    expect(await other.overrideOf(ND13)).toMatchObject({ status: 'replaced' });
    await one.set({ soHieu: '13/2023/NĐ-CP', status: 'in_force' }, 'admin-api');
    expect(await one.overrideOf(ND13)).toBeUndefined();
    // The other instance re-reads the store after its refresh period.
    const later = createDocumentStatusBook({ shipped, state, clock });
    expect(await later.overrideOf(ND13)).toBeUndefined();
    expect((await later.list()).map((e) => e.soHieu)).toEqual([]);
  });

  it('never quotes a repealed article; when it ranks first the reply says it was repealed', async () => {
    const repealed: Article = { ...ARTICLES[2], id: 'luatxd#D90', number: '90', title: 'Bãi bỏ', text: '', clauses: [], repealed: true };
    const ask = createAnswerQuestion({ retriever: fixed([repealed, ARTICLES[2]]), extractive: createExtractiveAnswerer(), clock });
    const r = await ask({ question: 'Điều 90 Luật Xây dựng 50/2014/QH13', canStream: false });
    expect(r.kind).toBe('no_basis');
    expect(text(r)).toContain('Điều 90 Luật Xây dựng 50/2014/QH13 đã được bãi bỏ');
    const ask2 = createAnswerQuestion({ retriever: fixed([ARTICLES[2], repealed]), extractive: createExtractiveAnswerer(), clock });
    const a = await ask2({ question: 'Cấp giấy phép xây dựng', canStream: false });
    expect(a.kind).toBe('answer');
    expect(text(a)).not.toContain('Điều 90');
  });

  it('says "no basis" below the answerability bar, naming the document the question cites that the base lacks', async () => {
    const ask = createAnswerQuestion({ retriever: fixed([ARTICLES[0]], 0.2, ['luật căn cước']), extractive: createExtractiveAnswerer(), clock });
    const r = await ask({ question: 'Luật căn cước quy định cấp thẻ cho trẻ em thế nào?', canStream: false });
    expect(r.kind).toBe('no_basis');
    expect(text(r)).toContain('Văn bản bạn nêu (luật căn cước) chưa có trong cơ sở dữ liệu');
    const ok = createAnswerQuestion({ retriever: fixed([ARTICLES[0]], 0.6), extractive: createExtractiveAnswerer(), clock });
    expect((await ok({ question: 'Sự đồng ý của chủ thể dữ liệu', canStream: false })).kind).toBe('answer');
  });

  it('names the law a subject known to be missing belongs to', async () => {
    const ask = createAnswerQuestion({ retriever: fixed([ARTICLES[0]], 0.3, [], ['Luật Cư trú 2020']), extractive: createExtractiveAnswerer(), clock });
    const r = await ask({ question: 'Đăng ký tạm trú online trên VNeID thế nào?', canStream: false });
    expect(r.kind).toBe('no_basis');
    expect(text(r)).toContain('Câu hỏi có thể thuộc phạm vi của Luật Cư trú 2020; văn bản này chưa có trong cơ sở dữ liệu');
  });

  it('reads the shipped list and refuses a malformed one with the file and field', () => {
    const shipped = loadShippedStatuses(path.resolve(__dirname, '../../../knowledge/trang-thai-van-ban.json'));
    expect(shipped.map((e) => e.soHieu)).toEqual(expect.arrayContaining(['81/2006/QH11', '13/2023/NĐ-CP']));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'status-'));
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ documents: [{ soHieu: '1/2020/NĐ-CP', status: 'gone' }] }));
    expect(() => loadShippedStatuses(bad)).toThrow(/bad\.json: documents\.0\.status/);
    expect(LUAT_XD.soHieu).toBe('50/2014/QH13');
  });
});
