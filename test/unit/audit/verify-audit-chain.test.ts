import { verifyAuditChain } from '../../../src/audit';
import { chainAuditEvent } from '../../../src/store/audit-hash';
import { auditPurgeRecord } from '../../../src/store/purge-record';
import type { AuditEvent, AuditEventInput } from '../../../src/store/types';

const input = (n: number): AuditEventInput => ({ id: `e${n}`, time: new Date(Date.UTC(2026, 0, n)), type: 'turn', actor: `u${n}`, feature: 'qa', outcome: 'answered', latencyMs: n });
const chain = (n: number, inputs = Array.from({ length: n }, (_, i) => input(i + 1))) => {
  const out: AuditEvent[] = [];
  for (const i of inputs) out.push(chainAuditEvent(i, out[out.length - 1]) as AuditEvent);
  return out;
};

describe('verifyAuditChain', () => {
  it('accepts an untouched chain and an empty one', async () => {
    expect(await verifyAuditChain(chain(5))).toMatchObject({ ok: true, count: 5 });
    expect(await verifyAuditChain([])).toMatchObject({ ok: true, count: 0 });
  });

  it('finds an edited event', async () => {
    const events = chain(5);
    events[2] = { ...events[2], outcome: 'refused' };
    expect(await verifyAuditChain(events)).toMatchObject({ ok: false, brokenAt: 3, reason: expect.stringContaining('edited') });
  });

  it('finds an edit that also recomputed the event hash (the next link breaks)', async () => {
    const events = chain(5);
    events[2] = chainAuditEvent({ ...input(3), outcome: 'refused' }, events[1]) as AuditEvent;
    expect(await verifyAuditChain(events)).toMatchObject({ ok: false, brokenAt: 4 });
  });

  it('finds a deleted event in the middle', async () => {
    const events = chain(5);
    expect(await verifyAuditChain([...events.slice(0, 2), ...events.slice(3)])).toMatchObject({ ok: false, brokenAt: 3, reason: expect.stringContaining('missing') });
  });

  it('finds deleted oldest events unless a retention purge attests them', async () => {
    const events = chain(5);
    expect(await verifyAuditChain(events.slice(2))).toMatchObject({ ok: false, brokenAt: 3 });
    const attested = [...events.slice(2)];
    attested.push(chainAuditEvent(auditPurgeRecord(events[1], 2, new Date()), attested[attested.length - 1]) as AuditEvent);
    expect(await verifyAuditChain(attested)).toMatchObject({ ok: true, count: 4 });
  });
});
