/**
 * The gate's figures: precision, recall and confusion per category and per zone on the corpus' held-out split and
 * on the development set (../shared/data/gate/dev.jsonl, evaluated only), with the five figures of the bar.
 * Usage: npm run gate:eval [-- --split split|split_situation] [--model FILE] [--rules] [--combine or|model|rules] [--misses]
 */
import fs from 'node:fs';
import path from 'node:path';
import { createGate, loadGatePolicy, type Zone } from '../gate';
import type { Combine } from '../gate/create-gate';
import { readCorpus, type CorpusItem } from '../gate/learn/corpus';
import { evaluateZone, type LabelledItem, type ZoneReport } from '../gate/learn/evaluate';
import { decodeModel } from '../gate/screen/model-file';
import { SCREEN_CATEGORIES } from '../gate/screen/model-file';
import type { Category, Decision } from '../gate/types';
import { readDevSet } from '../../bench/gate/dev-set';
import { FRESH } from '../../test/unit/gate/fresh-cases';

const argv = process.argv.slice(2);
const has = (f: string): boolean => argv.includes(f);
const str = (f: string, d: string): string => (has(f) ? argv[argv.indexOf(f) + 1] : d);

const policy = loadGatePolicy(path.resolve(str('--policy', 'policy/gate-policy.json')));
const splitField = str('--split', 'split') as 'split' | 'split_situation';
const screenModel = has('--rules') ? null : has('--model') ? decodeModel(JSON.parse(fs.readFileSync(str('--model', ''), 'utf8'))) : undefined;
// --combine MODE for every screened category, or --combine personal_sensitive=rules,internal_marking=or
const combineArg = str('--combine', '');
const combine = combineArg ? Object.fromEntries(combineArg.includes('=')
  ? combineArg.split(',').map((kv) => kv.split('='))
  : SCREEN_CATEGORIES.map((c) => [c, combineArg])) as Partial<Record<Category, Combine>> : undefined;

const f3 = (x: number): string => x.toFixed(3);
const ratio = ([a, b]: [number, number]): string => (b ? `${f3(a / b)} (${a}/${b})` : '—');

function print(name: string, items: LabelledItem[]): ZoneReport[] {
  const reports = (['onprem', 'external'] as Zone[]).map((zone) => evaluateZone(createGate({ policy, zone, hashSalt: 'eval', screenModel, combine, ruleVote: has('--vote') ? Number(str('--vote', '2')) : undefined }), items));
  console.log(`\n## ${name}: ${items.length} messages\n`);
  console.log('| figure | onprem | external | bar |\n|---|---:|---:|---|');
  const line = (label: string, key: keyof ZoneReport['headline'], bar: string): void => console.log(`| ${label} | ${ratio(reports[0].headline[key])} | ${ratio(reports[1].headline[key])} | ${bar} |`);
  line('forbidden purposes refused', 'purposesRefused', '≥ 0.95');
  line('legitimate level-1 messages blocked or redacted', 'legitimateTouched', '≤ 0.02');
  line('decisions right', 'decisionsRight', '≥ 0.95');
  line('personal items redacted or blocked', 'personalCaught', '≥ 0.98');
  line('level-4 items blocked', 'level4Blocked', '1.0');
  line('their evasion variants blocked', 'evasionsBlocked', '1.0');
  for (const r of reports) {
    console.log(`\n${r.zone}: confusion (rows expected, columns got)\n\n| expected \\ got | allow | redact | block |\n|---|---:|---:|---:|`);
    for (const e of ['allow', 'redact', 'block'] as Decision[]) console.log(`| ${e} | ${r.confusion[e].allow} | ${r.confusion[e].redact} | ${r.confusion[e].block} |`);
  }
  console.log('\nper category (found by the gate vs labelled; the same in both zones)\n\n| category | positives | precision | recall | fp | fn |\n|---|---:|---:|---:|---:|---:|');
  for (const p of reports[0].perCategory) {
    if (p.positives === 0 && p.fp === 0) continue;
    console.log(`| ${p.category} | ${p.positives} | ${p.tp + p.fp ? f3(p.tp / (p.tp + p.fp)) : '—'} | ${p.positives ? f3(p.tp / p.positives) : '—'} | ${p.fp} | ${p.fn} |`);
  }
  if (has('--misses')) for (const r of reports) { console.log(`\n${r.zone} misses:`); for (const m of r.misses) console.log(`  ${m}`); }
  return reports;
}

const sets = str('--sets', 'corpus,fresh,dev').split(',');
if (sets.includes('corpus')) {
  const heldOut = readCorpus().filter((it: CorpusItem) => it[splitField] === 'test');
  print(`corpus, held-out test split (${splitField})`, heldOut);
}
if (sets.includes('fresh')) {
  // messages the first gate's authors wrote to the policy (test/unit/gate/fresh-cases*.ts): another writer, labelled by decision
  print('earlier fresh messages (test/unit/gate/fresh-cases*.ts, another writer, labelled by decision)', FRESH.map(([kind, level, onprem, external, text], i) => ({
    id: `fresh-${i} ${kind}`, text, categories: [], level, onprem, external, purpose: level === 1 && onprem === 'block',
  })));
}
const dev = sets.includes('dev') ? readDevSet() : null;
if (dev) {
  print('development set (../shared/data/gate/dev.jsonl, evaluated only)', dev.map((d) => ({
    id: d.id, text: d.text, categories: d.categories as Category[], level: d.level, onprem: d.expect_onprem as Decision, external: d.expect_external as Decision,
  })));
} else if (sets.includes('dev')) console.log('\n(development set not found: set SHARED_DIR)');
