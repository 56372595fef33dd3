// The answer-or-abstain trade-off of the committed answerability model: for bars around the shipped 0.5, the share of
// answerable questions answered with a gold article among the best three ("ok") or without one ("off"), and the share
// of questions whose law is absent that get "no basis". Questions whose best article is of a replaced document count
// as "no basis", as in answers. BENCHMARKS.md, "Legal search".
// Usage: npx tsx bench/retrieval/answer-bar.ts [--data-dir DIR] [--bars 0.4,0.5,0.6,0.7]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadOrBuildIndex, knowledgeBaseFromIndex } from '../../src/knowledge';
import { loadKnownGaps } from '../../src/knowledge/load/known-gaps';
import { devQuestions, ownQuestions, withoutDiacritics, type LabelledQuestion } from '../../src/knowledge/train/question-sets';
import { loadShippedStatuses, statusKey } from '../../src/qa/document-status';

const ROOT = path.resolve(__dirname, '..', '..');
const { values } = parseArgs({ options: { 'data-dir': { type: 'string', default: path.join(ROOT, 'data') }, bars: { type: 'string', default: '0.4,0.5,0.6,0.7' } } });

async function main(): Promise<void> {
  const { data } = await loadOrBuildIndex({ paths: [path.join(ROOT, 'knowledge')], dataDir: path.resolve(values['data-dir']) });
  const kb = knowledgeBaseFromIndex(data, { gaps: loadKnownGaps(path.join(ROOT, 'knowledge', 'chu-de-chua-co.json')) });
  const replaced = new Set(loadShippedStatuses(path.join(ROOT, 'knowledge', 'trang-thai-van-ban.json')).filter((e) => e.status !== 'amended').map((e) => statusKey(e.soHieu)));
  const bars = values.bars.split(',').map(Number);
  const own = ownQuestions('eval');
  const sets: [string, LabelledQuestion[]][] = [
    ['dev holdout', devQuestions('holdout')],
    ['dev holdout, without diacritics', devQuestions('holdout').map(withoutDiacritics)],
    ...[...new Set(own.map((q) => q.set))].flatMap((set): [string, LabelledQuestion[]][] => [
      [`${set}, answerable`, own.filter((q) => q.set === set && q.gold.length > 0)],
      [`${set}, law absent`, own.filter((q) => q.set === set && q.gold.length === 0)],
    ]),
  ].filter(([, qs]) => qs.length > 0) as [string, LabelledQuestion[]][];
  console.log(`| questions | n | ${bars.map((b) => `bar ${b}`).join(' | ')} |\n|---|---|${bars.map(() => '---|').join('')}`);
  for (const [name, qs] of sets) {
    const scored = qs.map((q) => {
      const r = kb.retriever.lookup!(q.question, 3);
      const top = r.hits[0];
      const confidence = top && !replaced.has(statusKey(top.article.document.soHieu ?? '')) ? r.answerability ?? 0 : 0;
      const gold = new Set(q.gold);
      return { confidence, hit: r.hits.some((h) => gold.has(h.article.id)) };
    });
    const share = (f: (s: (typeof scored)[number]) => boolean): string => (scored.filter(f).length / scored.length).toFixed(2);
    const cells = bars.map((b) => (qs[0].gold.length === 0
      ? `no basis ${share((s) => s.confidence < b)}`
      : `ok ${share((s) => s.confidence >= b && s.hit)} / off ${share((s) => s.confidence >= b && !s.hit)}`));
    console.log(`| ${name} | ${qs.length} | ${cells.join(' | ')} |`);
  }
}

void main();
