/**
 * Per-zone accuracy of the gate on the fresh messages of test/unit/gate/fresh-cases.ts, with the misses.
 * Usage: npx tsx bench/gate/fresh-eval.ts [--policy policy/gate-policy.json]
 */
import path from 'node:path';
import { createGate, loadGatePolicy } from '../../src/gate';
import type { Zone } from '../../src/gate';
import { FRESH, FRESH_ROUND1 } from '../../test/unit/gate/fresh-cases';
import { FRESH_ROUND2 } from '../../test/unit/gate/fresh-cases-round2';
import { FRESH_ROUND3 } from '../../test/unit/gate/fresh-cases-round3';
import { FRESH_ROUND4 } from '../../test/unit/gate/fresh-cases-round4';
import { FRESH_ROUND5 } from '../../test/unit/gate/fresh-cases-round5';

const args = process.argv.slice(2);
const policyPath = args.includes('--policy') ? args[args.indexOf('--policy') + 1] : path.resolve('policy/gate-policy.json');
const policy = loadGatePolicy(policyPath);
const long = FRESH.filter(([, , , , t]) => t.length > 600).length;
const levels = [1, 2, 3, 4].map((l) => FRESH.filter((c) => c[1] === l).length);
console.log(`${FRESH.length} fresh messages (levels 1-4: ${levels.join('/')}; ${long} longer than 600 characters)`);
for (const [name, set] of [['round 1', FRESH_ROUND1], ['round 2', FRESH_ROUND2], ['round 3', FRESH_ROUND3], ['round 4', FRESH_ROUND4], ['round 5', FRESH_ROUND5], ['all', FRESH]] as const) for (const zone of ['onprem', 'external'] as Zone[]) {
  const gate = createGate({ policy, zone, hashSalt: 'eval' });
  let ok = 0;
  const misses: string[] = [];
  set.forEach(([kind, level, onprem, external, text], i) => {
    const v = gate.screen(text);
    const expected = zone === 'onprem' ? onprem : external;
    if (v.decision === expected) ok++;
    else misses.push(`  #${i} [${kind}] L${level} expected ${expected} got ${v.decision} (level ${v.level}) found=${v.categories.join(',')} | ${text.slice(0, 90).replace(/\n/g, ' ')}`);
  });
  console.log(`${name}, ${zone}: ${ok}/${set.length} = ${(100 * ok / set.length).toFixed(1)}% decisions matched`);
  for (const m of misses) console.log(m);
}
