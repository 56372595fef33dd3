import { foldDiacritics } from '../../core/vietnamese';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { Gate, Verdict } from '../../gate/types';
import type { AsyncRetriever } from '../../knowledge/types';
import type { ChatModel } from '../../llm/types';
import type { DownloadAttachment } from '../../meetings/attachments';
import type { FeatureHandler } from '../../turns/feature';
import type { Reply, Turn, TurnResult } from '../../turns/types';
import { createDocumentChecker, type DocumentChecker } from '../check/check-document';
import { loadLexicon } from '../spelling/lexicon';
import { messages } from '../messages';
import { checkAttachment, checkPasted } from './check-turn';
import { DRAFT_ACTION, fieldsFromValues } from './draft-form';
import { draftFromValues } from './draft-turn';
import { createGuidedDrafts } from './guided-draft';
import { personKeyOf } from '../../turns/person-key';

const m = messages.chat;
const CHECK = /^\s*\/kiem\s?tra\b/;
const CHECK_PHRASE = /\bkiem tra (?:the thuc|chinh ta|van ban)\b/;
const DRAFT = /^\s*\/soan\s?thao\b/;

/** What the document feature needs; injected by the composition root. */
export interface DocumentFeatureDeps {
  gate: Gate;
  downloadAttachment: DownloadAttachment;
  /** Largest .docx accepted (Config.meetings.maxBytes). */
  maxBytes: number;
  clock: Clock;
  /** The legal search, for the "Căn cứ …" lines of drafts. */
  retriever?: AsyncRetriever;
  /** The self-hosted model; absent ⇒ drafts are structured skeletons. */
  model?: ChatModel;
  /** Default: the shipped lexicon, read on first use. */
  checker?: DocumentChecker;
  logger?: Logger;
}

const isDocx = (t: Turn) => t.attachments.some((a) => /\.docx$/i.test(a.name ?? '') || a.contentType === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
const sessionKey = (t: Turn) => `${t.conversation.id}|${personKeyOf(t)}`;
const isDraftSubmit = (t: Turn) => typeof t.value === 'object' && t.value !== null && (t.value as { action?: unknown }).action === DRAFT_ACTION;

/** /kiemtra (a .docx or pasted text checked against Nghị định 30/2020) and /soanthao (a draft in its layout). */
export function createDocumentFeature(deps: DocumentFeatureDeps): FeatureHandler {
  let checker = deps.checker;
  const getChecker = () => (checker ??= createDocumentChecker({ lexicon: loadLexicon() }));
  const guided = createGuidedDrafts({ now: () => deps.clock.now().getTime() });
  const done = (replies: Reply[], outcome: string, details?: TurnResult['outcome']['details']): TurnResult => ({ replies, outcome: { feature: 'document', outcome, details } });

  function kind(turn: Turn): 'check' | 'draft' | 'submit' | 'answer' | undefined {
    if (isDraftSubmit(turn)) return 'submit';
    const folded = foldDiacritics(turn.text ?? '');
    if (CHECK.test(folded) || (CHECK_PHRASE.test(folded) && isDocx(turn))) return 'check';
    if (DRAFT.test(folded)) return 'draft';
    // An open guided exchange takes the next answers; another command or a question goes where it belongs.
    if (guided.active(sessionKey(turn)) && (/^\s*\/huy\b/.test(folded) || (!/^\s*\//.test(folded) && !/\?\s*$/.test(folded)))) return 'answer';
    return undefined;
  }

  return {
    name: 'document',
    gated: true,
    matches: (turn) => kind(turn) !== undefined,
    async handle(turn, ctx): Promise<TurnResult> {
      const verdict = ctx.verdict as Exclude<Verdict, { decision: 'block' }>;
      switch (kind(turn)) {
        case 'check': {
          if (isDocx(turn)) {
            const r = await checkAttachment(turn, { ...deps, checker: getChecker() });
            return done(r.replies, r.outcome, r.details);
          }
          const body = verdict.text.replace(/^\s*\/ki[eể]m\s?tra\b\s*/i, '').trim();
          if (!body) return done([{ kind: 'text', text: m.checkUsage }], 'usage');
          const r = checkPasted(body, verdict, getChecker());
          return done(r.replies, r.outcome, r.details);
        }
        case 'draft':
          return done([{ kind: 'form', form: 'document-draft', title: m.draftCardTitle }, { kind: 'text', text: `${m.draftIntro}\n\n${guided.start(sessionKey(turn))}` }], 'form');
        case 'submit': {
          guided.cancel(sessionKey(turn));
          const r = await draftFromValues(fieldsFromValues(turn.value as Record<string, unknown>), deps);
          return done(r.replies, r.outcome, r.details);
        }
        default: {
          // The answer passed the gate (not blocked); drafting screens the fields again before any model.
          const step = guided.answer(sessionKey(turn), turn.text);
          if (step.kind === 'cancelled') return done([{ kind: 'text', text: m.draftCancelled }], 'cancelled');
          if (step.kind === 'ask') return done([{ kind: 'text', text: step.text }], 'asked');
          const r = await draftFromValues(step.values, deps);
          return done(r.replies, r.outcome, r.details);
        }
      }
    },
  };
}

