import mammoth from 'mammoth';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMeetingFeature } from '../../../src/meetings/meeting-feature';
import { createNotebookFeature } from '../../../src/meetings/notebook-feature';
import { createSummaryCache, type SummaryCache } from '../../../src/meetings/summary-cache';
import { createEmbeddedStore } from '../../../src/store';
import type { Store } from '../../../src/store/types';
import type { FeatureHandler } from '../../../src/turns/feature';
import type { AiAnswer, Reply, Turn } from '../../../src/turns/types';
import { downloadAttachment } from './support/file-server';
import { gateForTests } from './support/meeting-gate';
import { makeTurn, routedContext } from './support/turns';

const fixtures = path.resolve(__dirname, '../../fixtures/meetings');
const read = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8');
let now = new Date('2026-11-22T09:00:00Z');
const clock = { now: () => now };

const text = (r: Reply[]) => (r[0].kind === 'text' ? r[0].text : r[0].kind === 'file' ? r[0].text : '');

describe('notebook "Sổ tay AI"', () => {
  let dir: string;
  let store: Store;
  let summaries: SummaryCache;
  let meeting: FeatureHandler;
  let notebook: FeatureHandler;
  const gate = gateForTests('onprem');

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meetings-notebook-'));
    store = await createEmbeddedStore({ dataDir: dir, clock });
    summaries = createSummaryCache({ clock, ttlMs: 30 * 60_000 });
    meeting = createMeetingFeature({ gate, summaries, downloadAttachment, maxBytes: 200_000, clock });
    notebook = createNotebookFeature({ notes: store.notes, summaries, clock });
  });
  afterEach(async () => { await store.close(); fs.rmSync(dir, { recursive: true, force: true }); });

  const run = async (f: FeatureHandler, turn: Turn) => (f.gated ? f.handle(turn, routedContext(gate, turn)) : f.handle(turn, { canStream: false }));
  const summarise = async (userId: string, fixture = 'giao-ban-phuong-2-gio.txt', type: Turn['conversation']['type'] = 'personal') => {
    const result = await run(meeting, makeTurn(`/tomtat\n${read(fixture)}`, { userId, type, conversationId: type === 'personal' ? undefined : 'group-1' }));
    return (result.replies[0] as { answer: AiAnswer }).answer;
  };
  const say = async (userId: string, t: string, opts: Parameters<typeof makeTurn>[1] = {}) => {
    const turn = makeTurn(t, { userId, ...opts });
    expect(await notebook.matches(turn)).toBe(true);
    return run(notebook, turn);
  };

  it('saves the last summary on "lưu", lists, opens, exports a .docx biên bản and deletes', async () => {
    await summarise('user-a');
    expect((await say('user-a', 'Lưu')).outcome.outcome).toBe('saved');
    const list = await say('user-a', '/sotay');
    expect(list.outcome).toMatchObject({ outcome: 'listed', details: { count: 1 } });
    expect(text(list.replies)).toContain('1. Cuộc họp ngày 20/11/2026');

    const opened = await say('user-a', '/sổ tay mở 1');
    expect(opened.outcome.outcome).toBe('opened');
    expect(text(opened.replies)).toContain('| Phòng Tài chính – Kế hoạch |');

    const exported = await say('user-a', '/sotay xuat 1');
    expect(exported.outcome.outcome).toBe('exported');
    const file = exported.replies[0];
    if (file.kind !== 'file') throw new Error('expected a file');
    expect(file.file.name).toMatch(/^bien-ban-\d{8}-\d{4}\.docx$/);
    const docText = (await mammoth.extractRawText({ buffer: file.file.content })).value;
    for (const s of ['BIÊN BẢN TÓM TẮT CUỘC HỌP', 'Người thực hiện', 'Thời hạn', 'Phòng Tài chính – Kế hoạch', 'Trước ngày 15/12', 'Vấn đề còn tồn tại']) expect(docText).toContain(s);

    expect((await say('user-a', '/sotay xoá 1')).outcome.outcome).toBe('deleted');
    expect(await store.notes.list('user-a')).toEqual([]);
  });

  it('saves through the card action, once; "luu" without a summary is not a notebook command', async () => {
    const answer = await summarise('user-a');
    const value = answer.actions?.[0].data;
    expect((await say('user-a', '', { value })).outcome.outcome).toBe('saved');
    expect((await say('user-a', '', { value })).outcome.outcome).toBe('not_found');
    expect(await notebook.matches(makeTurn('luu', { userId: 'user-a' }))).toBe(false);
    const notes = await store.notes.list('user-a');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ ownerId: 'user-a', kind: 'meeting_summary' });
    expect((notes[0].data as { minutes: { tasks: unknown[] } }).minutes.tasks.length).toBeGreaterThan(5);
  });

  it('keeps each person\'s notes private: another user cannot list, open, export or delete them', async () => {
    await summarise('user-a');
    await say('user-a', 'lưu vào sổ tay');
    const listB = await say('user-b', '/sotay');
    expect(listB.outcome).toMatchObject({ outcome: 'listed', details: { count: 0 } });
    for (const cmd of ['/sotay mo 1', '/sotay xuat 1', '/sotay xoa 1']) {
      const r = await say('user-b', cmd);
      expect(r.outcome.outcome).toBe('not_found');
      expect(JSON.stringify(r.replies)).not.toContain('Phòng Tài chính');
    }
    expect(await store.notes.list('user-a')).toHaveLength(1);
    // B cannot save A's pending summary with a forged card action either.
    await summarise('user-a');
    const pendingId = (await summaries.latest('user-a\u0000conv-user-a'))?.id;
    expect(pendingId).toBeDefined();
    const forged = await say('user-b', '', { value: { action: 'notebook_save', summaryId: pendingId }, conversationId: 'conv-user-a' });
    expect(forged.outcome.outcome).toBe('not_found');
    expect(await store.notes.list('user-b')).toEqual([]);
  });

  it('does not store text the card carries: only summaries produced from gated text can be saved', async () => {
    const r = await say('user-a', '', { value: { action: 'notebook_save', summaryId: 'made-up', content: 'TỐI MẬT …' } });
    expect(r.outcome.outcome).toBe('not_found');
    expect(await store.notes.list('user-a')).toEqual([]);
  });

  it('never stores a refused (secret) meeting', async () => {
    const turn = makeTurn(`/tomtat ${read('bien-ban-toi-mat.txt')}`, { userId: 'user-a' });
    expect((await meeting.handle(turn, { canStream: false })).outcome.outcome).toBe('refused');
    expect(await notebook.matches(makeTurn('lưu', { userId: 'user-a' }))).toBe(false);
    expect(await store.notes.list('user-a')).toEqual([]);
  });

  it('saves from a group chat but lists and opens only in the 1:1 chat', async () => {
    await summarise('user-a', 'giao-ban-phuong-2-gio.txt', 'groupChat');
    expect(await notebook.matches(makeTurn('lưu', { userId: 'user-b', conversationId: 'group-1', type: 'groupChat' }))).toBe(false);
    expect((await say('user-a', 'lưu', { conversationId: 'group-1', type: 'groupChat' })).outcome.outcome).toBe('saved');
    const inGroup = await say('user-a', '/sotay', { conversationId: 'group-1', type: 'groupChat' });
    expect(inGroup.outcome.outcome).toBe('refused');
    expect(text(inGroup.replies)).toContain('1:1');
    expect((await say('user-a', '/sotay')).outcome).toMatchObject({ outcome: 'listed', details: { count: 1 } });
  });

  it('forgets an unsaved summary after the time limit', async () => {
    await summarise('user-a');
    now = new Date(now.getTime() + 31 * 60_000);
    expect(await notebook.matches(makeTurn('lưu', { userId: 'user-a' }))).toBe(false);
  });

  it('lists newest first and answers unknown numbers and sub-commands clearly', async () => {
    await summarise('user-a', 'tiep-cong-dan-du-lieu-ca-nhan.txt');
    await say('user-a', 'lưu');
    now = new Date(now.getTime() + 60_000);
    await summarise('user-a');
    await say('user-a', 'luu lai');
    const list = text((await say('user-a', '/sotay')).replies);
    expect(list.indexOf('20/11/2026')).toBeLessThan(list.indexOf('BIÊN BẢN HỌP XỬ LÝ KIẾN NGHỊ'));
    expect((await say('user-a', '/sotay mo 9')).outcome.outcome).toBe('not_found');
    expect(text((await say('user-a', '/sotay abc')).replies)).toContain('/sotay mo <số>');
  });
});
