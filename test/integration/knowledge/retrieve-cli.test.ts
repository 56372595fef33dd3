import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CORPUS = path.join(ROOT, 'test/fixtures/knowledge-status');

describe('npm run retrieve: hits and whether the assistant would answer', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retrieve-cli-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (questions: { qid: string; question: string }[], env: Record<string, string> = {}) => {
    const queries = path.join(dir, 'q.jsonl');
    fs.writeFileSync(queries, questions.map((q) => JSON.stringify(q)).join('\n'));
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/retrieve.ts', '--corpus', CORPUS, '--queries', queries, '--k', '3', '--data-dir', path.join(dir, 'data')], {
      cwd: ROOT, env: { ...process.env, MONGODB_URI: '', ...env }, encoding: 'utf8',
    });
    return out.trim().split('\n').map((l) => JSON.parse(l) as { qid: string; hits: { id: string; score: number }[]; answerable: boolean; confidence: number });
  };

  it('writes one line per question: the hits, the confidence, and answerable', () => {
    const [r] = run([{ qid: 'a', question: 'Ngày hội đọc sách tại xã được tổ chức vào tháng mấy?' }]);
    expect(r.qid).toBe('a');
    expect(r.hits[0].id).toBe('99/2020/NĐ-CP#D5');
    expect(r.confidence).toBeGreaterThan(0);
    expect(typeof r.answerable).toBe('boolean');
  });

  it('is not answerable when the best article belongs to a document declared replaced', () => {
    const status = path.join(dir, 'status.json');
    fs.writeFileSync(status, JSON.stringify({ documents: [{ soHieu: '99/2020/NĐ-CP', status: 'replaced', by: 'Nghị định số 30/2025/NĐ-CP' }] }));
    const [r] = run([{ qid: 'b', question: 'Ngày hội đọc sách tại xã được tổ chức vào tháng mấy?' }], { DOCUMENT_STATUS_PATH: status });
    expect(r.hits[0].id).toBe('99/2020/NĐ-CP#D5');
    expect(r.answerable).toBe(false);
  });
});
