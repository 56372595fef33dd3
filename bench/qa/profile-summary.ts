/**
 * Self time by function (and by file) of a V8 .cpuprofile, for reading a `bench/qa/run.ts --profile` run.
 *
 *   npx tsx bench/qa/profile-summary.ts build/profiles/<file>.cpuprofile [--top 40] [--skip-s 8]
 *
 * `--skip-s` leaves out the first seconds (start-up: loading the index), so the figures cover the turns.
 */
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const file = process.argv[2];
const topIdx = process.argv.indexOf('--top');
const top = topIdx >= 0 ? Number(process.argv[topIdx + 1]) : 40;
const skipIdx = process.argv.indexOf('--skip-s');
const skipUs = skipIdx >= 0 ? Number(process.argv[skipIdx + 1]) * 1e6 : 0;
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
let clock = 0;
profile.samples.forEach((id, i) => {
  clock += profile.timeDeltas[i] ?? 0;
  if (clock >= skipUs) selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});

const byFn = new Map<string, number>();
const byFile = new Map<string, number>();
for (const [id, us] of selfUs) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  const short = url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '');
  const key = `${functionName || '(anonymous)'} ${short ? `${path.basename(short)}:${lineNumber + 1}` : ''}`.trim();
  byFn.set(key, (byFn.get(key) ?? 0) + us);
  const area = short.includes('node_modules/') ? short.split('node_modules/').pop()!.split('/').slice(0, short.includes('/@') ? 2 : 1).join('/')
    : short.startsWith('src/') ? short.split('/').slice(0, 2).join('/') : short || functionName;
  byFile.set(area, (byFile.get(area) ?? 0) + us);
}
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
const show = (m: Map<string, number>, n: number) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${k}`).join('\n');
console.log(`sampled ${(total / 1000).toFixed(0)} ms (after ${skipUs / 1e6} s) of ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s`);
console.log('--- by area ---');
console.log(show(byFile, top));
console.log('--- by function ---');
console.log(show(byFn, top));
