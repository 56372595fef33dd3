// The gate on a ~196 KB real ward briefing, screened for 8 s: prints MB/s. For the profile in BENCHMARKS (Sensitivity
// gate, second round): taskset -c 0 node --single-threaded-gc --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/gate/prof-long.ts
import path from 'node:path';
import fs from 'node:fs';
import { createGate, loadGatePolicy } from '../../src/gate';
const gate = createGate({ policy: loadGatePolicy(path.resolve('policy/gate-policy.json')), zone: 'onprem', hashSalt: 'bench' });
const text = fs.readFileSync('test/fixtures/meetings/giao-ban-phuong-2-gio.txt', 'utf8');
let big = '';
while (big.length < 150_000) big += text + '\n';
for (let i = 0; i < 3; i++) gate.screen(big, { source: 'transcript' });
const t0 = Date.now();
let n = 0;
while (Date.now() - t0 < 8000) { gate.screen(big, { source: 'transcript' }); n++; }
console.log(`${((n * Buffer.byteLength(big)) / ((Date.now() - t0) / 1000) / 1e6).toFixed(1)} MB/s over ${n} screens of ${Buffer.byteLength(big)} bytes`);
