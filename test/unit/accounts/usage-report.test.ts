import { computeUsage } from '../../../src/accounts/usage-report';
import { resolvePeriod } from '../../../src/accounts/usage-period';
import type { AuditEvent, AuditEventInput } from '../../../src/store/types';

const gate = (decision: 'allow' | 'block', categories: string[] = []) =>
  ({ decision, level: decision === 'block' ? 3 : 1, categories, counts: {}, hashes: [] }) as unknown as AuditEventInput['gate'];

let seq = 0;
function ev(e: Partial<AuditEventInput> & { time: Date }): AuditEvent {
  return { type: 'turn', actor: 'u1', outcome: 'answered', ...e, seq: ++seq, prevHash: '', hash: '' };
}

async function* iterate(events: AuditEvent[]) {
  yield* events;
}

describe('computeUsage', () => {
  // 2026-11-20 16:59Z is 23:59 on 20/11 in Vietnam; 17:00Z is already 21/11.
  const day1 = new Date('2026-11-20T03:00:00Z');
  const lateDay1 = new Date('2026-11-20T16:59:00Z');
  const day2 = new Date('2026-11-20T17:00:00Z');
  const events = [
    ev({ time: day1, unit: 'Sở Nội vụ', feature: 'qa', gate: gate('allow') }),
    ev({ time: lateDay1, unit: 'Sở Nội vụ', feature: 'qa', actor: 'u2', gate: gate('allow') }),
    ev({ time: day1, unit: 'Sở Nội vụ', feature: 'meeting', outcome: 'summarised', gate: gate('allow') }),
    ev({ time: day1, unit: 'Sở Nội vụ', feature: 'qa', outcome: 'blocked', gate: gate('block', ['personal_id', 'person_name']) }),
    ev({ time: day1, unit: 'Sở Nội vụ', feature: 'meeting', outcome: 'blocked', gate: gate('block', ['secret_marking']) }),
    ev({ time: day1, unit: 'Sở Nội vụ', feature: 'feedback', outcome: 'recorded', details: { reaction: 'like' } }),
    ev({ time: day1, unit: 'Sở Nội vụ', feature: 'feedback', outcome: 'recorded', details: { reaction: 'dislike' } }),
    ev({ time: day1, unit: 'Sở Nội vụ', type: 'admin', action: 'user.add', outcome: 'ok' }),
    ev({ time: day2, unit: 'Sở Nội vụ', feature: 'qa' }),
    ev({ time: day2, unit: 'UBND xã Tam Đa', feature: 'qa', actor: 'u9' }),
    ev({ time: day2, feature: 'help', outcome: 'help' }),
  ];

  it('counts questions, summaries, blocks by category and reactions per unit and Vietnam day', async () => {
    const r = await computeUsage(iterate(events), { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') });
    expect(r.rows.map((x) => [x.day, x.unit])).toEqual([
      ['2026-11-20', 'Sở Nội vụ'],
      ['2026-11-21', 'chưa xác định'],
      ['2026-11-21', 'Sở Nội vụ'],
      ['2026-11-21', 'UBND xã Tam Đa'],
    ]);
    expect(r.rows[0]).toMatchObject({
      questions: 2, summaries: 1, blocked: 2, likes: 1, dislikes: 1, activeUsers: 2,
      blockedByCategory: { personal_id: 1, person_name: 1, secret_marking: 1 },
    });
    expect(r.rows[2]).toMatchObject({ questions: 1, summaries: 0, blocked: 0 });
    expect(r.totals).toMatchObject({ questions: 4, summaries: 1, blocked: 2, likes: 1, dislikes: 1 });
  });

  it('keeps only the requested unit and period', async () => {
    const r = await computeUsage(iterate(events), { from: day2, to: new Date('2026-11-22T00:00:00Z'), unit: 'Sở Nội vụ' });
    expect(r.rows).toHaveLength(1);
    expect(r.totals).toMatchObject({ questions: 1, blocked: 0 });
  });
});

describe('resolvePeriod', () => {
  const now = new Date('2026-11-22T05:00:00Z');
  it('reads Vietnam days inclusively', () => {
    const p = resolvePeriod({ from: '2026-11-01', to: '2026-11-30' }, now);
    expect(p).toMatchObject({ from: new Date('2026-10-31T17:00:00Z'), to: new Date('2026-11-30T17:00:00Z'), fromDay: '2026-11-01', toDay: '2026-11-30' });
    expect(resolvePeriod({ from: '01/11/2026', to: '30/11/2026' }, now)).toEqual(p);
  });
  it('defaults to the last days up to today', () => {
    expect(resolvePeriod({}, now, 7)).toMatchObject({ fromDay: '2026-11-16', toDay: '2026-11-22' });
  });
  it('rejects malformed, reversed and over-long periods', () => {
    expect(resolvePeriod({ from: '2026-02-30' }, now)).toBeUndefined();
    expect(resolvePeriod({ from: '2026-11-10', to: '2026-11-01' }, now)).toBeUndefined();
    expect(resolvePeriod({ from: '2020-01-01', to: '2026-11-01' }, now)).toBeUndefined();
    expect(resolvePeriod({ from: 'hôm qua' }, now)).toBeUndefined();
  });
});
