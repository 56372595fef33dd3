import { createPendingFiles } from '../../../src/bot/file-consent';

const file = (name: string) => ({ name, contentType: 'application/octet-stream', content: Buffer.from(name) });

describe('files waiting for the user’s consent', () => {
  it('are given once, to the user they were offered to, within their time', () => {
    let now = 0;
    const pending = createPendingFiles({ ttlMs: 1000, now: () => now });
    const id = pending.offer('u1', file('a.docx'));
    expect(pending.take(id, 'u2')).toBeUndefined();
    expect(pending.take(id, 'u1')?.name).toBe('a.docx');
    expect(pending.take(id, 'u1')).toBeUndefined();
    const late = pending.offer('u1', file('b.docx'));
    now = 1001;
    expect(pending.take(late, 'u1')).toBeUndefined();
    expect(pending.take('unknown', 'u1')).toBeUndefined();
  });

  it('keep at most `max` files, the oldest leaving first', () => {
    const pending = createPendingFiles({ max: 2 });
    const ids = ['1', '2', '3'].map((n) => pending.offer('u', file(`${n}.docx`)));
    expect(pending.take(ids[0], 'u')).toBeUndefined();
    expect(pending.take(ids[1], 'u')?.name).toBe('2.docx');
    expect(pending.take(ids[2], 'u')?.name).toBe('3.docx');
  });
});
