import type { Principal } from '../../../src/accounts/principal';
import type { Inspection } from '../../../src/knowledge-sources/inspect-source';
import { createUploadKnowledgeSource } from '../../../src/knowledge-sources/upload-source';
import type { AuditEventInput, KnowledgeSourceRecord } from '../../../src/store/types';

const admin: Principal = { actor: 'u-admin', role: 'system_admin', via: 'console' };
const md = Buffer.from('## Điều 1. Phạm vi\nNội dung.\n');

function setup(inspection: Inspection = { kind: 'ok', articleCount: 1, documentCount: 1, skippedLines: 0 }) {
  const stored: KnowledgeSourceRecord[] = [];
  const events: AuditEventInput[] = [];
  const reindex = jest.fn((): 'started' => 'started');
  const upload = createUploadKnowledgeSource({
    sources: { add: async (r) => void stored.push(r), list: async () => stored, content: async () => undefined, remove: async () => false },
    inspect: async () => inspection, reindex, audit: { record: async (e) => events.push(e) }, clock: { now: () => new Date('2026-03-02T02:00:00Z') }, maxBytes: 64,
  });
  return { upload, stored, events, reindex };
}

describe('uploading a knowledge source', () => {
  it('stores a checked file, audits it and starts the re-index', async () => {
    const { upload, stored, events, reindex } = setup();
    const r = await upload(admin, { name: 'quyết định.md', content: md });
    expect(r).toMatchObject({ kind: 'accepted', reindex: 'started', source: { fileName: 'quyết định.md', format: 'markdown', bytes: md.length, uploadedBy: 'u-admin' } });
    expect(stored).toHaveLength(1);
    expect(reindex).toHaveBeenCalledTimes(1);
    expect(events[0]).toMatchObject({ action: 'knowledge_upload', actor: 'u-admin', outcome: 'accepted', target: stored[0].id, details: { via: 'console', articles: 1 } });
  });

  it.each([
    ['unit administrator', { ...admin, role: 'unit_admin' as const }, 'a.md', md, { kind: 'forbidden' }],
    ['auditor', { ...admin, role: 'auditor' as const }, 'a.md', md, { kind: 'forbidden' }],
    ['file over the limit', admin, 'a.md', Buffer.alloc(65, 'a'), { kind: 'invalid', problem: 'too_large' }],
    ['unsupported format', admin, 'a.exe', md, { kind: 'invalid', problem: 'format' }],
    ['empty file', admin, 'a.pdf', Buffer.alloc(0), { kind: 'invalid', problem: 'empty' }],
  ])('refuses a %s: nothing stored, no re-index, audited', async (_what, who, name, content, expected) => {
    const { upload, stored, events, reindex } = setup();
    expect(await upload(who, { name, content })).toMatchObject(expected);
    expect(stored).toEqual([]);
    expect(reindex).not.toHaveBeenCalled();
    expect(events).toHaveLength(1);
  });

  it('refuses what the loaders cannot read, naming why', async () => {
    expect(await setup({ kind: 'unreadable', detail: 'invalid zip' }).upload(admin, { name: 'a.docx', content: md })).toEqual({ kind: 'invalid', problem: 'unreadable', fileName: 'a.docx', detail: 'invalid zip' });
    expect(await setup({ kind: 'no_articles', skippedLines: 0 }).upload(admin, { name: 'a.md', content: md })).toMatchObject({ kind: 'invalid', problem: 'no_articles' });
  });
});
