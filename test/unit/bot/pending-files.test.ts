import { createPendingFiles } from '../../../src/bot/file-consent';
import { createMemoryExpiring } from '../../../src/store/expiring/memory-expiring';

const file = (name: string) => ({ name, contentType: 'application/octet-stream', content: Buffer.from(name) });

describe('files waiting for the user’s consent', () => {
  it('are given once, to the user they were offered to, within their time', async () => {
    let now = 0;
    const pending = createPendingFiles({ expiring: createMemoryExpiring({ now: () => new Date(now) }), ttlMs: 1000 });
    const id = await pending.offer('u1', file('a.docx'));
    expect(await pending.take(id, 'u2')).toBeUndefined();
    expect((await pending.take(id, 'u1'))?.name).toBe('a.docx');
    expect(await pending.take(id, 'u1')).toBeUndefined();
    const late = await pending.offer('u1', file('b.docx'));
    now = 1001;
    expect(await pending.take(late, 'u1')).toBeUndefined();
    expect(await pending.take('unknown', 'u1')).toBeUndefined();
  });

  it('keep the bytes exactly, and are seen by another instance on the same store', async () => {
    const shared = createMemoryExpiring({ now: () => new Date() });
    const bytes = Buffer.from([0, 1, 2, 250, 255, 0x50, 0x4b]);
    const id = await createPendingFiles({ expiring: shared }).offer('u', { name: 'bien-ban.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', content: bytes });
    const taken = await createPendingFiles({ expiring: shared }).take(id, 'u');
    expect(taken?.content.equals(bytes)).toBe(true);
  });
});
