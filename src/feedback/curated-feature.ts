import { vnDateTime } from '../accounts/vn-time';
import type { Clock } from '../core/clock';
import type { FeatureHandler } from '../turns/feature';
import type { Citation } from '../turns/types';
import type { CuratedAnswer } from './curated-answers';
import m from './curated.vi.json';
import { fillTemplate } from '../core/template';

const fill = (t: string, v: Record<string, string>) => fillTemplate(t, v);

/** The curated answer as reply text: the legal team's text, its sources numbered [n], and who wrote it when. */
function curatedText(c: CuratedAnswer): string {
  const sources = c.articles.map((a, i) => `[${i + 1}] ${a}`).join('\n');
  return `${c.text}\n\n${m.sources}\n${sources}\n\n_${fill(m.by, { name: c.byName, date: vnDateTime(new Date(c.at)).slice(6) })}_`;
}

/**
 * Wraps the Q&A feature: a question the legal team has answered (the same or near-identical, see questionKey) gets the
 * curated answer, shown with the curator's name and date; any other question goes to the Q&A as before.
 */
export function preferCurated(qa: FeatureHandler, deps: { find: (question: string) => Promise<CuratedAnswer | undefined>; clock: Clock }): FeatureHandler {
  return {
    ...qa,
    async handle(turn, ctx) {
      const verdict = ctx.verdict;
      const curated = verdict ? await deps.find(verdict.text).catch(() => undefined) : undefined;
      if (!verdict || !curated) return qa.handle(turn, ctx);
      const text = curatedText(curated);
      const citations: Citation[] = curated.articles.map((a, i) => ({ articleId: `curated:${i + 1}`, label: a, position: i + 1, name: a, abstract: a }));
      return {
        replies: [{
          kind: 'answer',
          answer: {
            text: verdict.restore(text), recordText: text, citations, notices: [m.notice],
            ...(verdict.notice ? { sensitivity: 'internal' as const } : {}),
            draft: { feature: 'qa', question: verdict.text, answerer: 'curated', latencyMs: 0, gate: verdict.audit },
          },
        }],
        outcome: { feature: 'qa', outcome: 'answered', answerer: 'curated', details: { curated: true, citations: citations.length } },
      };
    },
  };
}
