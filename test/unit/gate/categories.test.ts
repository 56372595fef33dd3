import path from 'node:path';
import { createGate, loadGatePolicy } from '../../../src/gate';
import { EIGHTH, NINTH, FIFTH, SEVENTH, SIXTH, FOURTH, FURTHER, LONG, THIRD, HARDER, LEVEL1, LEVEL2, LEVEL3, LEVEL4, PURPOSES, type Case } from './cases';

const policy = loadGatePolicy(path.resolve(__dirname, '../../../policy/gate-policy.json'));
const onprem = createGate({ policy, zone: 'onprem', hashSalt: 't' });
const external = createGate({ policy, zone: 'external', hashSalt: 't' });

function check([text, on, ext, cats]: Case): void {
  const a = onprem.screen(text);
  const b = external.screen(text);
  expect({ onprem: a.decision, external: b.decision }).toEqual({ onprem: on, external: ext });
  for (const c of cats) expect(a.categories).toContain(c);
  if (cats.length === 0 && on === 'allow' && ext === 'allow') expect(a.detections.filter((d) => d.category !== 'person_name')).toEqual([]);
}

describe('gate decisions on messages written to the policy', () => {
  describe('level 1 (public) stays allowed and untouched', () => { test.each(LEVEL1)('%s', (...c) => check(c as Case)); });
  describe('level 4 (state secret) is blocked in both zones', () => { test.each(LEVEL4)('%s', (...c) => check(c as Case)); });
  describe('level 3 (personal data) is redacted; sensitive data blocked externally', () => { test.each(LEVEL3)('%s', (...c) => check(c as Case)); });
  describe('level 2 (internal) is allowed with a notice on-premises and blocked externally', () => { test.each(LEVEL2)('%s', (...c) => check(c as Case)); });
  describe('forbidden purposes are blocked in both zones', () => { test.each(PURPOSES)('%s', (...c) => check(c as Case)); });
  describe('further phrasings', () => { test.each(FURTHER)('%s', (...c) => check(c as Case)); });
  describe('third round', () => { test.each(THIRD)('%s', (...c) => check(c as Case)); });
  describe('fourth round', () => { test.each(FOURTH)('%s', (...c) => check(c as Case)); });
  describe('fifth round', () => { test.each(FIFTH)('%s', (...c) => check(c as Case)); });
  describe('sixth round', () => { test.each(SIXTH)('%s', (...c) => check(c as Case)); });
  describe('seventh round', () => { test.each(SEVENTH)('%s', (...c) => check(c as Case)); });
  describe('eighth round', () => { test.each(EIGHTH)('%s', (...c) => check(c as Case)); });
  describe('ninth round', () => { test.each(NINTH)('%s', (...c) => check(c as Case)); });
  describe('long pasted texts', () => { test.each(LONG)('%s', (...c) => check(c as Case)); });
  describe('harder phrasings (no diacritics, chat style, mixed content)', () => { test.each(HARDER)('%s', (...c) => check(c as Case)); });
});
