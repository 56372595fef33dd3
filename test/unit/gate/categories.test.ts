import path from 'node:path';
import { createGate, loadGatePolicy } from '../../../src/gate';
import type { Category } from '../../../src/gate';
import * as CASES from './cases';
import type { Case } from './cases';

// Messages written for the first gate's rules, round by round. What the detectors guarantee is asserted message by
// message (markings blocked, identifiers and names found); the decisions that need meaning — purposes, level-2
// content — are the learned screen's, judged over the whole set: these messages were written to the rules' fit, so
// they measure how the new design does on another writer's phrasing, not a target to fit item by item.
const policy = loadGatePolicy(path.resolve(__dirname, '../../../policy/gate-policy.json'));
const onprem = createGate({ policy, zone: 'onprem', hashSalt: 't' });
const external = createGate({ policy, zone: 'external', hashSalt: 't' });
const DETECTED = new Set<string>(['secret_marking', 'personal_id', 'personal_contact', 'person_name', 'credential']);
const groups = Object.entries(CASES).filter(([, v]) => Array.isArray(v)) as [string, Case[]][];
const all = groups.flatMap(([, cases]) => cases);

describe.each(groups)('%s: what the detectors find', (_name, cases) => {
  test.each(cases)('%s', (text, _on, _ext, cats) => {
    const a = onprem.screen(text);
    for (const c of cats.filter((x) => DETECTED.has(x))) expect(a.categories).toContain(c as Category);
    // a marking is blocked in both zones whatever else is found
    if (cats.includes('secret_marking')) expect([a.decision, external.screen(text).decision]).toEqual(['block', 'block']);
  });
});

// floors: the committed gate's figures (onprem 97.9 %, external 93.9 %; level-1 group 25/25 and 24/25) less a message or two
describe.each([['onprem', onprem, 0.97, 0], ['external', external, 0.92, 1]] as const)('decisions over the whole set, %s zone', (zone, gate, floor, touched) => {
  test(`at least ${floor * 100}% of the ${all.length} messages get the decision the policy requires`, () => {
    const wrong = all.filter(([text, on, ext]) => gate.screen(text).decision !== (zone === 'onprem' ? on : ext)).map(([t]) => t.slice(0, 70));
    expect({ share: 1 - wrong.length / all.length >= floor, wrong }).toMatchObject({ share: true });
  });
  test(`at most ${touched} of the level-1 messages of the first group are blocked or redacted`, () => {
    expect(CASES.LEVEL1.filter(([t]) => gate.screen(t).decision !== 'allow').length).toBeLessThanOrEqual(touched);
  });
});
