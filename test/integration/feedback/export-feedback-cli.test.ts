import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { runExportFeedback } from '../../../src/cli/export-feedback';
import { loadConfig } from '../../../src/config';
import { answer } from '../../contract/store-contract';
import { storeKinds } from '../../helpers/store-kinds';

const sink = () => {
  const s = new PassThrough();
  let text = '';
  s.on('data', (c) => (text += c));
  return { stream: s, text: () => text };
};

describe.each(storeKinds().map((k) => [k.name, k] as const))('export:feedback CLI (%s store)', (name, kind) => {
  let env: Awaited<ReturnType<typeof kind.create>>;
  const config = () => loadConfig({ DATA_DIR: env.dataDir, MONGODB_URI: env.dbName ? process.env.MONGODB_URI : undefined, MONGODB_DB: env.dbName });
  beforeAll(async () => {
    env = await kind.create();
    await env.store.answers.save(answer('act-1'));
    await env.store.feedback.add({ id: 'f-1', time: new Date('2026-03-01T00:00:00Z'), answerId: 'act-1', userId: 'aad-1', reaction: 'like', comment: 'Cảm ơn, rất rõ ràng' });
    await env.store.feedback.add({ id: 'f-2', time: new Date('2026-03-02T00:00:00Z'), answerId: 'act-1', userId: 'aad-2', reaction: 'dislike' });
    if (name === 'embedded') await env.store.close();
  });
  afterAll(async () => env?.cleanup());

  it('writes JSON to stdout with filters', async () => {
    const out = sink();
    const code = await runExportFeedback(['--format', 'json', '--reaction', 'like'], { config: config(), stdout: out.stream, stderr: sink().stream });
    expect(code).toBe(0);
    const rows = JSON.parse(out.text());
    expect(rows).toEqual([expect.objectContaining({ comment: 'Cảm ơn, rất rõ ràng', question: answer('x').question, reaction: 'like' })]);
  });

  it('writes CSV (with BOM) and XLSX files with --out', async () => {
    const csv = path.join(env.dataDir, 'out.csv');
    expect(await runExportFeedback(['--out', csv], { config: config(), stdout: sink().stream, stderr: sink().stream })).toBe(0);
    const text = fs.readFileSync(csv, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Cảm ơn, rất rõ ràng');
    const xlsx = path.join(env.dataDir, 'out.xlsx');
    expect(await runExportFeedback(['--format', 'xlsx', '--from', '2026-03-02', '--out', xlsx], { config: config(), stdout: sink().stream, stderr: sink().stream })).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets[0].rowCount).toBe(2);
  });

  it('exits 2 with usage on bad arguments', async () => {
    const err = sink();
    expect(await runExportFeedback(['--format', 'pdf'], { config: config(), stdout: sink().stream, stderr: err.stream })).toBe(2);
    expect(err.text()).toContain('format');
    expect(await runExportFeedback(['--bogus'], { config: config(), stdout: sink().stream, stderr: sink().stream })).toBe(2);
  });
});
