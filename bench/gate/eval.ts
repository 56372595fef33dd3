/**
 * Per-zone accuracy of the gate on the development set, with the list of mismatches.
 * Usage: npx tsx bench/gate/eval.ts [--policy policy/gate-policy.json] [--verbose]
 */
import path from 'node:path';
import { createGate, loadGatePolicy } from '../../src/gate';
import type { Zone } from '../../src/gate';
import { devSetPath, readDevSet } from './dev-set';

const args = process.argv.slice(2);
const policyPath = args.includes('--policy') ? args[args.indexOf('--policy') + 1] : path.resolve('policy/gate-policy.json');
const verbose = args.includes('--verbose');
const items = readDevSet();
if (!items) {
  console.error(`Development set not found at ${devSetPath()} (set SHARED_DIR).`);
  process.exit(1);
}
const policy = loadGatePolicy(policyPath);
for (const zone of ['onprem', 'external'] as Zone[]) {
  const gate = createGate({ policy, zone, hashSalt: 'eval' });
  let ok = 0;
  const misses: string[] = [];
  for (const it of items) {
    const v = gate.screen(it.text);
    const expected = zone === 'onprem' ? it.expect_onprem : it.expect_external;
    if (v.decision === expected) ok++;
    else misses.push(`  ${it.id} [${it.kind}] expected ${expected} got ${v.decision} (level ${v.level}/${it.level}) found=${v.categories.join(',')} gold=${it.categories.join(',')}`);
    if (verbose && v.decision === expected && v.level !== it.level) console.log(`  level differs ${it.id}: ${v.level} vs ${it.level} ${v.categories.join(',')}`);
  }
  console.log(`${zone}: ${ok}/${items.length} = ${(100 * ok / items.length).toFixed(1)}% decisions matched`);
  for (const m of misses) console.log(m);
}
