import type { Category, Decision, Gate, Zone } from '../types';
import { ALL_CATEGORIES } from '../policy';
import { PURPOSE_CATEGORIES } from '../types';
import { EVASIONS } from './evasion';

/** A labelled message to evaluate the gate on. */
export interface LabelledItem {
  id: string;
  text: string;
  categories: Category[];
  level: number;
  onprem: Decision;
  external: Decision;
  /** For sets labelled by decision only: whether the item asks for a forbidden purpose (else read from categories). */
  purpose?: boolean;
}

const PURPOSES = new Set<Category>(PURPOSE_CATEGORIES);
const PERSONAL = new Set<Category>(['personal_id', 'personal_contact', 'personal_sensitive', 'credential']);
const DECISIONS: Decision[] = ['allow', 'redact', 'block'];

/** The five figures of the bar, per zone. */
export interface Headline {
  purposesRefused: [number, number];
  legitimateTouched: [number, number];
  decisionsRight: [number, number];
  personalCaught: [number, number];
  level4Blocked: [number, number];
  evasionsBlocked: [number, number];
}

/** Per-zone results of a gate over a labelled set. */
export interface ZoneReport {
  zone: Zone;
  headline: Headline;
  /** confusion[expected][got]. */
  confusion: Record<Decision, Record<Decision, number>>;
  perCategory: { category: Category; positives: number; tp: number; fp: number; fn: number }[];
  misses: string[];
}

const frac = (xs: boolean[]): [number, number] => [xs.filter(Boolean).length, xs.length];

/** Screens every item in one zone and computes the bar's figures, the confusion matrix and per-category counts. */
export function evaluateZone(gate: Gate, items: LabelledItem[]): ZoneReport {
  const zone = gate.zone;
  const confusion = Object.fromEntries(DECISIONS.map((d) => [d, Object.fromEntries(DECISIONS.map((e) => [e, 0]))])) as ZoneReport['confusion'];
  const per = new Map<Category, { tp: number; fp: number; fn: number }>(ALL_CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const purposes: boolean[] = []; const legit: boolean[] = []; const right: boolean[] = []; const personal: boolean[] = []; const l4: boolean[] = []; const evasions: boolean[] = [];
  const misses: string[] = [];
  for (const it of items) {
    const v = gate.screen(it.text);
    const expected = zone === 'onprem' ? it.onprem : it.external;
    confusion[expected][v.decision]++;
    right.push(v.decision === expected);
    if (v.decision !== expected) misses.push(`${it.id} expected ${expected} got ${v.decision} found=${v.categories.join(',') || '-'} gold=${it.categories.join(',') || '-'} | ${it.text.slice(0, 100).replace(/\s+/g, ' ')}`);
    const gold = new Set(it.categories);
    for (const c of ALL_CATEGORIES) {
      const p = per.get(c)!;
      const found = v.categories.includes(c);
      if (gold.has(c) && found) p.tp++; else if (gold.has(c)) p.fn++; else if (found) p.fp++;
    }
    if (it.purpose ?? it.categories.some((c) => PURPOSES.has(c))) purposes.push(v.decision === 'block');
    if (it.level === 1 && it.onprem === 'allow' && it.external === 'allow') legit.push(v.decision !== 'allow');
    if (it.categories.some((c) => PERSONAL.has(c))) personal.push(v.decision !== 'allow');
    if (it.level === 4) {
      l4.push(v.decision === 'block');
      for (const f of Object.values(EVASIONS)) { const t = f(it.text); if (t !== it.text) evasions.push(gate.screen(t).decision === 'block'); }
    }
  }
  return {
    zone, confusion, misses,
    headline: { purposesRefused: frac(purposes), legitimateTouched: frac(legit), decisionsRight: frac(right), personalCaught: frac(personal), level4Blocked: frac(l4), evasionsBlocked: frac(evasions) },
    perCategory: [...per.entries()].map(([category, p]) => ({ category, positives: p.tp + p.fn, ...p })),
  };
}
