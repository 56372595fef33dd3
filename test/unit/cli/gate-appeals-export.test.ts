import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runGateAppealsExport } from '../../../src/cli/gate-appeals-export';
import { loadConfig } from '../../../src/config';
import { rawLineSchema } from '../../../src/gate/learn/corpus';
import { createEmbeddedStore } from '../../../src/store';
import type { Appeal } from '../../../src/store/types';

const sink = () => {
  const s = new PassThrough();
  let text = '';
  s.on('data', (c) => (text += c));
  return { stream: s, text: () => text };
};

const t = (day: number) => new Date(Date.UTC(2026, 2, day, 3));
const appeal = (id: string, over: Partial<Appeal>): Appeal => ({
  id, time: t(2), userId: 'aad-1', conversationType: 'personal', via: 'card', blockedAt: t(2), feature: 'qa', zone: 'onprem', status: 'accepted',
  gate: { decision: 'block', level: 3, categories: ['decision_sanction', 'person_name'], scores: { decision_sanction: 0.55 }, maskedText: 'Mức phạt đối với ông [NGƯỜI_1] khi lấn chiếm vỉa hè là bao nhiêu?' },
  review: { decision: 'accepted', by: 'admin-api', at: t(3), note: 'Câu hỏi về mức phạt chung' },
  ...over,
});

describe('gate:appeals-export', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'appeals-export-'));
    const store = await createEmbeddedStore({ dataDir });
    await store.appeals.add(appeal('11111111-aaaa-4aaa-8aaa-000000000001', {}));
    await store.appeals.add(appeal('22222222-aaaa-4aaa-8aaa-000000000002', { gate: { decision: 'block', level: 4, categories: ['secret_marking'], scores: {}, maskedText: null } }));
    await store.appeals.add(appeal('33333333-aaaa-4aaa-8aaa-000000000003', { status: 'pending', review: undefined }));
    await store.appeals.add(appeal('44444444-aaaa-4aaa-8aaa-000000000004', { status: 'rejected' }));
    await store.appeals.add(appeal('55555555-aaaa-4aaa-8aaa-000000000005', { time: t(20) }));
    await store.close();
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const config = () => loadConfig({ DATA_DIR: dataDir });

  it('writes accepted appeals as draft corpus lines that the corpus refuses until a person has reviewed them', async () => {
    const out = sink();
    const err = sink();
    expect(await runGateAppealsExport(['--to', '2026-03-10'], { config: config(), stdout: out.stream, stderr: err.stream })).toBe(0);
    const lines = out.text().trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    const [draft] = lines;
    expect(draft).toMatchObject({
      id: 'apl-11111111', text: 'Mức phạt đối với ông [NGƯỜI_1] khi lấn chiếm vỉa hè là bao nhiêu?', categories: ['person_name'], hard_negative: true,
      appeal: { blockedAs: ['decision_sanction'], zone: 'onprem', note: 'Câu hỏi về mức phạt chung' },
    });
    expect(draft.review.join('\n')).toContain('[NGƯỜI_1]');
    expect(err.text()).toContain('1 draft line(s) from 2 accepted appeal(s); 1 kept no text (level 4)');

    expect(rawLineSchema.safeParse(draft).success).toBe(false);
    const reviewed = { ...draft, text: draft.text.replace('[NGƯỜI_1]', 'Lò Văn Pấng'), style: 'chat' };
    delete reviewed.review;
    delete reviewed.appeal;
    expect(rawLineSchema.safeParse(reviewed).success).toBe(true);
  });

  it('writes to a file with --out and refuses bad arguments', async () => {
    const file = path.join(dataDir, 'appeals.jsonl');
    expect(await runGateAppealsExport(['--out', file], { config: config(), stdout: sink().stream, stderr: sink().stream })).toBe(0);
    expect(fs.readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
    const err = sink();
    expect(await runGateAppealsExport(['--from', 'hôm qua'], { config: config(), stdout: sink().stream, stderr: err.stream })).toBe(2);
    expect(err.text()).toContain('usage:');
  });
});
