/**
 * A digest of every gate decision over a fixed set of texts, so a speed change can show it decides exactly as before.
 * Usage: npx tsx bench/gate/decisions-digest.ts [--out FILE]   (FILE: one hash per text and zone, to find a difference)
 * Texts: every text of policy/corpus/corpus.jsonl, the dev set (../shared, when present), test/fixtures/meetings/, and
 * long texts (20–200 KB) built from them. Per text and zone it hashes the decision, level, categories, detections,
 * redacted text, masked appeal text, audit, the verdict's screen view, and — once per text — the detectors' findings
 * and the screen's margins and windows rounded to 1e-9.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createDetector, createGate } from '../../src/gate/create-gate';
import { loadGatePolicy, type Verdict, type Zone } from '../../src/gate';
import { createScreen } from '../../src/gate/screen/screen';
import { committedScreenModel } from '../../src/gate/screen/committed';
import { readDevSet } from './dev-set';

const args = process.argv.slice(2);
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : null;

const corpus = fs.readFileSync('policy/corpus/corpus.jsonl', 'utf8').split('\n').filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);
const dev = (readDevSet() ?? []).map((d) => d.text);
const dir = 'test/fixtures/meetings';
const fixtures = fs.readdirSync(dir).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));

// long texts: runs of consecutive corpus texts (requests and markings among minutes), fixtures repeated, and corpus
// texts spliced at the start, middle and end of the ward briefing repeated to ~60 KB
const long: string[] = [];
for (let i = 0, at = 0; i < 24; i++) {
  const target = 20_000 + ((i * 37_000) % 180_000);
  let t = '';
  while (t.length < target) t += `${corpus[at++ % corpus.length]}\n`;
  long.push(t);
}
for (const f of fixtures) { let t = ''; while (t.length < 150_000) t += `${f}\n`; long.push(t); }
let minutes = '';
while (minutes.length < 60_000) minutes += `${fixtures.find((f) => f.length > 10_000) ?? fixtures[0]}\n`;
for (let i = 0; i < 30; i++) {
  const req = corpus[(i * 487) % corpus.length];
  const cut = [0, minutes.length >> 1, minutes.length][i % 3];
  const nl = minutes.indexOf('\n', cut);
  const at = nl < 0 ? minutes.length : nl + 1;
  long.push(`${minutes.slice(0, at)}${req}\n${minutes.slice(at)}`);
}
const texts = [...corpus, ...dev, ...fixtures, ...long];

const policy = loadGatePolicy(path.resolve('policy/gate-policy.json'));
const gates = (['onprem', 'external'] as Zone[]).map((zone) => createGate({ policy, zone, hashSalt: 'digest' }));
const detect = createDetector();
const screen = createScreen(committedScreenModel());
const r9 = (x: number): string => (Number.isFinite(x) ? x.toFixed(9) : String(x));

function verdictKey(v: Verdict): unknown {
  const app = v.appealRecord();
  return [
    v.decision, v.level, v.categories, v.detections.map((d) => [d.category, d.kind, d.start, d.end]),
    v.decision === 'block' ? v.reason : [v.text, v.notice ?? null, v.restore(v.text)],
    app.maskedText, app.scores, v.audit, v.screen,
  ];
}

const total = crypto.createHash('sha256');
const lines: string[] = [];
const counts: Record<string, number> = {};
const t0 = Date.now();
for (const [i, text] of texts.entries()) {
  const d = detect(text);
  const r = screen(d);
  const raw = JSON.stringify([
    d.found.map((f) => [f.category, f.kind, f.start, f.end, f.value, f.label ?? false]),
    [...d.tags].map(([tag, hits]) => [tag, hits.map((h) => [h.phrase, h.t0, h.t1])]),
    [...r.margins].map(([c, m]) => [c, r9(m)]), [...r.spans], r.found, r9(r.anyPurpose),
  ]);
  for (const g of gates) {
    const v = g.screen(text, { source: text.length > 10_000 ? 'transcript' : 'message' });
    counts[`${g.zone}:${v.decision}`] = (counts[`${g.zone}:${v.decision}`] ?? 0) + 1;
    const h = crypto.createHash('sha256').update(raw).update(JSON.stringify(verdictKey(v))).digest('hex');
    total.update(h);
    if (out) lines.push(`${i}\t${g.zone}\t${h}`);
  }
}
if (out) fs.writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`texts=${texts.length} (corpus ${corpus.length}, dev ${dev.length}, fixtures ${fixtures.length}, long ${long.length}, ` +
  `${(texts.reduce((s, t) => s + t.length, 0) / 1e6).toFixed(1)} M chars) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
console.log(Object.entries(counts).map(([k, n]) => `${k}=${n}`).join(' '));
console.log(`digest ${total.digest('hex')}`);
