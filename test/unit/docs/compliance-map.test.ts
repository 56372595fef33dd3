import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const MAP = fs.readFileSync(path.join(root, 'docs/compliance.md'), 'utf8');
const SEEDS = path.resolve(root, '..', 'shared', 'seeds');
const STATUSES = ['served', 'partly', 'not yet', 'out of scope'];

/** The table rows of one numbered section ("## 2. …"): the rule, its status and the cell of tests. */
function rows(section: number): { rule: string; status: string; tests: string }[] {
  const body = MAP.split(/^## /m).find((s) => s.startsWith(`${section}. `)) ?? '';
  return body
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| rule') && !l.startsWith('|---'))
    .map((l) => l.split('|').slice(1, -1).map((c) => c.trim()))
    .map((c) => ({ rule: c[0], status: c[2], tests: c[4] ?? '' }));
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const covers = (section: number, prefix: string) => rows(section).some((r) => r.rule === prefix || r.rule.startsWith(`${prefix} `));

/** The article numbers of a seed document ("Điều 7. …" at the start of a line), when ../shared is beside the checkout. */
function seedArticles(file: string): number[] | undefined {
  const p = path.join(SEEDS, file);
  if (!fs.existsSync(p)) return undefined;
  return [...new Set([...fs.readFileSync(p, 'utf8').matchAll(/^\s*Điều (\d+)\./gm)].map((m) => Number(m[1])))];
}

describe('docs/compliance.md, the map an inspector checks', () => {
  it('names only tests that exist: every file, and every test title it quotes', () => {
    const refs = [...MAP.matchAll(/`(test\/[^`:]+\.test\.ts)(?:::([^`]+))?`/g)];
    expect(refs.length).toBeGreaterThan(100);
    const missing = refs.filter(([, file, name]) => {
      const full = path.join(root, file);
      if (!fs.existsSync(full)) return true;
      return name !== undefined && !fs.readFileSync(full, 'utf8').includes(name);
    }).map(([ref]) => ref);
    expect(missing).toEqual([]);
  });

  it('gives every row a status, and a test to every row it says is served', () => {
    const all = [1, 2, 3, 4, 5].flatMap(rows);
    expect(all.filter((r) => !STATUSES.includes(r.status)).map((r) => r.rule)).toEqual([]);
    const untested = all.filter((r) => r.status === 'served' && !r.tests.includes('`test/') && !/applies to/.test(r.rule)).map((r) => r.rule);
    expect(untested.filter((r) => r !== 'Điều 3')).toEqual([]);
  });

  it('leaves no rule of the five documents unaccounted', () => {
    for (const p of ['1(a)', '1(b)', '1(c)', '1(d)', '2', '3', '4', ...range(1, 8).map((n) => `Phụ lục ${n}`)]) expect([p, covers(1, p)]).toEqual([p, true]);
    for (const n of seedArticles('001_5742ce90bb1dd3e7.txt') ?? range(1, 17)) expect([n, covers(2, `Điều ${n}`)]).toEqual([n, true]);
    for (const p of ['1(1)', '1(2)', '1(3)', '1(4)', '2']) expect([p, covers(3, p)]).toEqual([p, true]);
    for (const n of seedArticles('003_0563dafc3df74070.txt') ?? range(1, 18)) expect([n, covers(4, `Điều ${n}`)]).toEqual([n, true]);
    for (const p of ['I', 'II.1(a)', 'II.1(b)', 'II.2', 'II.3', 'II.4(a)', 'II.4(b)', 'II.4(c)']) expect([p, covers(5, p)]).toEqual([p, true]);
  });

  it('covers every clause of the articles software serves in the Cao Bằng framework (Điều 4–8, 11)', () => {
    const clauses: Record<number, number> = { 4: 3, 5: 3, 6: 6, 7: 5, 8: 7, 11: 6 };
    for (const [article, count] of Object.entries(clauses)) {
      for (const k of range(1, count)) {
        const found = rows(2).some((r) => new RegExp(`^Điều ${article} k\\.(\\d+–)?(\\d+)?`).test(r.rule) && ruleCovers(r.rule, Number(article), k));
        expect([`Điều ${article} k.${k}`, found]).toEqual([`Điều ${article} k.${k}`, true]);
      }
    }
  });
});

// "Điều 10 k.1–2" covers clauses 1 and 2; "Điều 7 k.3" covers 3.
function ruleCovers(rule: string, article: number, k: number): boolean {
  const m = new RegExp(`^Điều ${article} k\\.(\\d+)(?:–(\\d+))?$`).exec(rule);
  if (!m) return false;
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  return k >= from && k <= to;
}
