import { levelOf } from '../level';
import { strongestAction, type GatePolicy } from '../policy';
import { PURPOSE_CATEGORIES, type Category, type Decision, type Zone } from '../types';
import { rawLineSchema, type CorpusItem, type Split } from './corpus';
import { shingles, similarPairs, unitHash } from './near-duplicates';

/** A raw file of one writer. */
export interface RawFile { writer: string; content: string }

/** What assembly kept, dropped and why (for the data card). */
export interface AssemblyReport {
  items: CorpusItem[];
  invalid: { writer: string; line: number; reason: string }[];
  exactDuplicates: { id: string; of: string; conflict: boolean }[];
  nearDuplicates: { id: string; of: string; similarity: number }[];
}

const BLOCKING_FOR_HARD_NEGATIVE = new Set<Category>(['secret_marking', ...PURPOSE_CATEGORIES]);
/** Near duplicates with the same labels above this similarity are dropped (the later one). */
export const DUPLICATE_SIMILARITY = 0.8;
/** Texts above this similarity share a split (twins, reworded variants). */
export const GROUP_SIMILARITY = 0.5;
const SPLIT_SEED = 'gate-corpus-v1';

/** The decision the policy table gives a set of categories in one zone ('notice' is an allow with a notice). */
export function decisionOf(policy: GatePolicy, zone: Zone, categories: Category[]): Decision {
  const a = strongestAction(policy.zones[zone], categories);
  return a === 'notice' ? 'allow' : a;
}

function splitOf(key: string): Split {
  const u = unitHash(`${SPLIT_SEED}:${key}`);
  return u < 0.7 ? 'train' : u < 0.85 ? 'validation' : 'test';
}

const exactKey = (t: string): string => t.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
/** A writer's situation label reduced to its words, so "Cán bộ tư pháp xã hỏi …" groups whatever the numbers. */
export const situationKey = (writer: string, s: string): string =>
  `${writer}:${s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim()}`;

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) { this.parent = Array.from({ length: n }, (_, i) => i); }
  find(i: number): number { while (this.parent[i] !== i) { this.parent[i] = this.parent[this.parent[i]]; i = this.parent[i]; } return i; }
  union(a: number, b: number): void { const x = this.find(a); const y = this.find(b); if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y); }
}

/** Validates the writers' lines, derives level and decisions with the policy, removes duplicates and assigns splits. */
export function assemble(files: RawFile[], policy: GatePolicy): AssemblyReport {
  const invalid: AssemblyReport['invalid'] = [];
  const kept: CorpusItem[] = [];
  const ids = new Set<string>();
  for (const { writer, content } of files) {
    content.split('\n').forEach((line, n) => {
      if (!line.trim()) return;
      let raw: unknown;
      try { raw = JSON.parse(line); } catch { invalid.push({ writer, line: n + 1, reason: 'invalid JSON' }); return; }
      const r = rawLineSchema.safeParse(raw);
      if (!r.success) { const i = r.error.issues[0]; invalid.push({ writer, line: n + 1, reason: `${i.path.join('.')}: ${i.message}` }); return; }
      const v = r.data;
      if (ids.has(v.id)) { invalid.push({ writer, line: n + 1, reason: `duplicate id ${v.id}` }); return; }
      const cats = [...new Set(v.categories)];
      if (v.hard_negative && cats.some((c) => BLOCKING_FOR_HARD_NEGATIVE.has(c))) { invalid.push({ writer, line: n + 1, reason: 'a hard negative carrying a blocking category' }); return; }
      ids.add(v.id);
      kept.push({
        id: v.id, writer, text: v.text, categories: cats, style: v.style, situation: v.situation ?? '', hard_negative: v.hard_negative,
        level: levelOf(cats), onprem: decisionOf(policy, 'onprem', cats), external: decisionOf(policy, 'external', cats),
        group: '', split: 'train', split_situation: 'train',
      });
    });
  }
  // exact duplicates (case and spacing ignored): the first one stays
  const exactDuplicates: AssemblyReport['exactDuplicates'] = [];
  const firstByText = new Map<string, CorpusItem>();
  const unique: CorpusItem[] = [];
  for (const it of kept) {
    const k = exactKey(it.text);
    const first = firstByText.get(k);
    if (first) { exactDuplicates.push({ id: it.id, of: first.id, conflict: labelKey(first) !== labelKey(it) }); continue; }
    firstByText.set(k, it);
    unique.push(it);
  }
  // near duplicates: the same labels above DUPLICATE_SIMILARITY are dropped; anything above GROUP_SIMILARITY shares a split
  const sets = unique.map((it) => shingles(it.text));
  const pairs = similarPairs(sets, GROUP_SIMILARITY);
  const dropped = new Map<number, { of: number; similarity: number }>();
  for (const [i, j, s] of pairs) if (s >= DUPLICATE_SIMILARITY && labelKey(unique[i]) === labelKey(unique[j]) && !dropped.has(i) && !dropped.has(j)) dropped.set(j, { of: i, similarity: s });
  const nearDuplicates = [...dropped.entries()].map(([j, d]) => ({ id: unique[j].id, of: unique[d.of].id, similarity: Number(d.similarity.toFixed(3)) }));
  const groups = new UnionFind(unique.length);
  for (const [i, j] of pairs) groups.union(i, j);
  const bySituation = new UnionFind(unique.length);
  for (const [i, j] of pairs) bySituation.union(i, j);
  const firstOfSituation = new Map<string, number>();
  unique.forEach((it, i) => {
    const k = situationKey(it.writer, it.situation || it.id);
    const f = firstOfSituation.get(k);
    if (f === undefined) firstOfSituation.set(k, i); else bySituation.union(f, i);
  });
  const items: CorpusItem[] = [];
  unique.forEach((it, i) => {
    if (dropped.has(i)) return;
    const g = unique[groups.find(i)].id;
    it.group = g;
    it.split = splitOf(g);
    it.split_situation = splitOf(`situation:${unique[bySituation.find(i)].id}`);
    items.push(it);
  });
  return { items, invalid, exactDuplicates, nearDuplicates };
}

function labelKey(it: CorpusItem): string {
  return [...it.categories].sort().join(',');
}
