import path from 'node:path';
import { createGate, loadGatePolicy, type Zone } from '../../../src/gate';
import { devSetPath, readDevSet } from '../../../bench/gate/dev-set';

// The labelled development set lives in ../shared beside the checkout; it is never copied here.
const items = readDevSet();
const policy = loadGatePolicy(path.resolve(__dirname, '../../../policy/gate-policy.json'));

if (!items) {
  test.skip(`development set absent (${devSetPath()}): set SHARED_DIR or place ../shared beside the checkout`, () => undefined);
} else {
  describe.each(['onprem', 'external'] as Zone[])('development set, %s zone', (zone) => {
    const gate = createGate({ policy, zone, hashSalt: 'dev' });
    const verdicts = items.map((it) => ({ it, v: gate.screen(it.text) }));
    test('every level-4 item is blocked', () => {
      expect(verdicts.filter(({ it, v }) => it.level === 4 && v.decision !== 'block').map(({ it }) => it.id)).toEqual([]);
    });
    test('no level-1 item is blocked or redacted unless it asks for a forbidden purpose', () => {
      const wrong = verdicts.filter(({ it, v }) => it.level === 1 && it.expect_onprem === 'allow' && v.decision !== 'allow');
      expect(wrong.map(({ it }) => it.id)).toEqual([]);
    });
    test('at least 97% of expected decisions match', () => {
      const ok = verdicts.filter(({ it, v }) => v.decision === (zone === 'onprem' ? it.expect_onprem : it.expect_external)).length;
      expect(ok / items.length).toBeGreaterThanOrEqual(0.97);
    });
  });
}
