import path from 'node:path';
import { createGate, loadGatePolicy, type Zone } from '../../../src/gate';
import { FRESH } from './fresh-cases';

// Messages written to the policy after the dev set was passed: a proxy for unseen traffic.
const policy = loadGatePolicy(path.resolve(__dirname, '../../../policy/gate-policy.json'));

describe.each(['onprem', 'external'] as Zone[])('fresh messages, %s zone', (zone) => {
  const gate = createGate({ policy, zone, hashSalt: 'fresh' });
  const verdicts = FRESH.map((c) => ({ c, v: gate.screen(c[4]) }));
  const label = ({ c }: { c: (typeof FRESH)[number] }): string => `${c[0]}: ${c[4].slice(0, 60)}`;

  test('every level-4 message is blocked', () => {
    expect(verdicts.filter(({ c, v }) => c[1] === 4 && v.decision !== 'block').map(label)).toEqual([]);
  });
  test('no public level-1 message is blocked or redacted', () => {
    expect(verdicts.filter(({ c, v }) => c[1] === 1 && c[2] === 'allow' && v.decision !== 'allow').map(label)).toEqual([]);
  });
  test('at least 97% of expected decisions match', () => {
    const ok = verdicts.filter(({ c, v }) => v.decision === (zone === 'onprem' ? c[2] : c[3])).length;
    expect(ok / FRESH.length).toBeGreaterThanOrEqual(0.97);
  });
});

test('the fresh set keeps the shape of real traffic', () => {
  const share = (l: number): number => FRESH.filter((c) => c[1] === l).length / FRESH.length;
  expect(FRESH.length).toBeGreaterThanOrEqual(120);
  expect(share(4)).toBeGreaterThanOrEqual(0.15);
  expect(share(1)).toBeGreaterThanOrEqual(0.35);
  expect(FRESH.filter((c) => c[4].length > 600).length / FRESH.length).toBeGreaterThanOrEqual(0.2);
});
