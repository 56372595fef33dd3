import { ALL_CATEGORIES } from '../policy';
import type { AssemblyReport } from './assemble';
import { STYLES, type CorpusItem } from './corpus';

const SPLITS = ['train', 'validation', 'test'] as const;
const LENGTHS: [string, number, number][] = [['< 200', 0, 200], ['200–599', 200, 600], ['600–1,499', 600, 1500], ['1,500–3,999', 1500, 4000], ['≥ 4,000', 4000, Infinity]];

function table(head: string[], rows: (string | number)[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function bySplit(items: CorpusItem[], pred: (it: CorpusItem) => boolean): (string | number)[] {
  const sel = items.filter(pred);
  return [sel.length, ...SPLITS.map((s) => sel.filter((it) => it.split === s).length), sel.filter((it) => it.hard_negative).length];
}

/** The generated data card (policy/corpus/README.md): counts per category, level, zone decision, style, length and writer. */
export function dataCard(report: AssemblyReport, sources: { writer: string; lines: number }[]): string {
  const { items } = report;
  const head = ['', 'items', 'train', 'validation', 'test', 'hard negatives'];
  const writers = [...new Set(items.map((it) => it.writer))].sort();
  const hn = items.filter((it) => it.hard_negative).length;
  const lines: string[] = [
    '# Gate corpus (generated: `npm run gate:corpus`; do not edit by hand)',
    '',
    'Messages written to `../shared/policy/SENSITIVITY.md` by several writers, each to the brief in `WRITING.md`, for the',
    'sensitivity gate\'s learned screen. `raw/` holds the writers\' files as written; `corpus.jsonl` the assembled items',
    '(level and both zone decisions derived from the categories with `policy/gate-policy.json`; duplicates removed; splits).',
    'The development set (`../shared/data/gate/dev.jsonl`) is not in it and was never used to write it.',
    '',
    `${items.length} items from ${sources.reduce((a, s) => a + s.lines, 0)} raw lines; ${hn} hard negatives (${(100 * hn / Math.max(1, items.length)).toFixed(1)} %);`,
    `${report.invalid.length} invalid lines, ${report.exactDuplicates.length} exact and ${report.nearDuplicates.length} near duplicates removed`,
    `(${report.exactDuplicates.filter((d) => d.conflict).length} exact duplicates carried different labels: the first one is kept).`,
    '',
    'Splits: `split` assigns near-duplicate groups (syllable-bigram Jaccard ≥ 0.5) to train / validation / test (70/15/15)',
    'by a seeded hash; `split_situation` holds out whole situations (a writer\'s situation label, merged with those groups),',
    'a harder figure closer to messages from another writer. Leave-one-writer-out figures are printed by `npm run gate:train`.',
    '',
    '## Writers',
    '',
    table(['writer', 'raw lines', 'items', 'hard negatives', 'categories'], sources.map((s) => {
      const mine = items.filter((it) => it.writer === s.writer);
      const cats = new Map<string, number>();
      for (const it of mine) for (const c of it.categories) cats.set(c, (cats.get(c) ?? 0) + 1);
      return [s.writer, s.lines, mine.length, mine.filter((it) => it.hard_negative).length, [...cats.entries()].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ') || '—'];
    })),
    '',
    '## Categories (an item counts once for each of its categories)',
    '',
    table(head, [
      ...ALL_CATEGORIES.map((c) => [`\`${c}\``, ...bySplit(items, (it) => it.categories.includes(c))]),
      ['none (level 1)', ...bySplit(items, (it) => it.categories.length === 0)],
    ]),
    '',
    '## Levels',
    '',
    table(head, [1, 2, 3, 4].map((l) => [`level ${l}`, ...bySplit(items, (it) => it.level === l)])),
    '',
    '## Zone decisions',
    '',
    table(head, (['allow', 'redact', 'block'] as const).flatMap((d) => [
      [`onprem ${d}`, ...bySplit(items, (it) => it.onprem === d)],
      [`external ${d}`, ...bySplit(items, (it) => it.external === d)],
    ])),
    '',
    '## Styles',
    '',
    table(head, STYLES.map((s) => [s, ...bySplit(items, (it) => it.style === s)])),
    '',
    '## Lengths (characters)',
    '',
    table(head, LENGTHS.map(([name, a, b]) => [name, ...bySplit(items, (it) => it.text.length >= a && it.text.length < b)])),
    '',
    '## Held out by situation (`split_situation`)',
    '',
    table(['', 'train', 'validation', 'test'], [['items', ...SPLITS.map((s) => items.filter((it) => it.split_situation === s).length)]]),
    '',
    `Writers: ${writers.join(', ')}.`,
  ];
  if (report.invalid.length) {
    lines.push('', '## Invalid lines (left out)', '', ...report.invalid.slice(0, 50).map((i) => `- ${i.writer} line ${i.line}: ${i.reason}`));
    if (report.invalid.length > 50) lines.push(`- … and ${report.invalid.length - 50} more`);
  }
  const conflicts = report.exactDuplicates.filter((d) => d.conflict);
  if (conflicts.length) lines.push('', '## Exact duplicates with different labels', '', ...conflicts.map((d) => `- ${d.id} repeats ${d.of}`));
  return `${lines.join('\n')}\n`;
}
