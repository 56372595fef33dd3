import type { Logger } from '../core/logger';
import { strongestAction, type Action } from '../gate/policy';
import { redact } from '../gate/redact';
import type { Category, Decision, Gate, Source, Verdict } from '../gate/types';
import type { ChatModel } from '../llm/types';
import { buildGuardMessages, parseGuardAnswer, type GuardPrompts } from './guard-prompt';

/** What the model said, for the audit log: a category, 'none', or why the local decision stood. */
export type OpinionAnswer = Category | 'none' | 'timeout' | 'error' | 'unparseable';

/** A second opinion that was asked. */
export interface Opinion {
  answer: OpinionAnswer;
  /** True when the decision (allow / redact / block) changed because of it. */
  changed: boolean;
}

/** The verdict after the second opinion (the gate's own when none was asked or it failed). */
export interface OpinionResult {
  verdict: Verdict;
  /** Absent when no opinion was asked. */
  opinion?: Opinion;
}

/** The async step after the gate's screen: asks the on-premises model about categories the learned screen is unsure of. */
export type SecondOpinion = (text: string, verdict: Verdict, opts?: { source?: Source }) => Promise<OpinionResult>;

export interface SecondOpinionDeps {
  gate: Gate;
  /** The deployment zone's decision table (policy.zones[gate.zone]). */
  table: Record<Category, Action>;
  /** The on-premises model; its own timeout should not exceed `timeoutMs`. */
  model: ChatModel;
  prompts: GuardPrompts;
  /** The policy's placeholder labels (policy.placeholders), for the masked text the model sees. */
  placeholders: Record<string, string>;
  /** Bound of one call; past it the local decision stands. */
  timeoutMs: number;
  logger: Logger;
  /** Longer texts keep the local decision (a long paste would not fit a small model's budget). */
  maxChars?: number;
}

const DEFAULT_MAX_CHARS = 8000;
// One or two words ("/tomtat", "lưu") ask for nothing about a real case: the screen's margins on them are noise.
const MIN_WORDS = 3;
// Spans that identify a person: the model never sees them, whatever the zone's table says about them.
const IDENTIFYING = new Set<Category>(['person_name', 'personal_id', 'personal_contact', 'credential']);

/** The decision a set of categories leads to ('notice' is an allow). */
function decisionOf(table: Record<Category, Action>, categories: Iterable<Category>): Decision {
  const act = strongestAction(table, categories);
  return act === 'notice' ? 'allow' : act;
}

/** The text with every identifying span replaced by its typed placeholder ([NGƯỜI_1], [CCCD_1]…). */
function maskedFor(text: string, verdict: Verdict, placeholders: Record<string, string>): string {
  const spans = verdict.detections
    .filter((d) => IDENTIFYING.has(d.category))
    .map((d) => ({ ...d, value: text.slice(d.start, d.end).toLowerCase(), oStart: d.start, oEnd: d.end }));
  return redact(text, spans, placeholders).text;
}

/**
 * Creates the second opinion: only for a text whose learned-screen margins fall in the uncertain band, never for a
 * level-4 text, never when the categories the gate is sure of already block, and only when the answer could move the
 * decision (and for a text of three words up to `maxChars`). The model sees the text with identifiers replaced; a timeout, an error or an unparseable answer leaves the
 * gate's decision as it was. Its answer settles only the uncertain categories: a category says "found" for that one,
 * "none" says "not found" for all of them.
 */
export function createSecondOpinion(deps: SecondOpinionDeps): SecondOpinion {
  const maxChars = deps.maxChars ?? DEFAULT_MAX_CHARS;
  return async (text, verdict, opts = {}) => {
    const uncertain = verdict.screen.uncertain;
    if (uncertain.length === 0 || verdict.level === 4 || verdict.categories.includes('secret_marking')) return { verdict };
    if (text.length > maxChars || text.trim().split(/\s+/).length < MIN_WORDS) return { verdict };
    const sure = verdict.categories.filter((c) => !uncertain.includes(c));
    const floor = decisionOf(deps.table, sure);
    if (floor === 'block' || decisionOf(deps.table, [...sure, ...uncertain]) === floor) return { verdict };

    const started = Date.now();
    const answer = await ask(deps, uncertain, maskedFor(text, verdict, deps.placeholders));
    let result: OpinionResult = { verdict, opinion: { answer, changed: false } };
    if (answer !== 'timeout' && answer !== 'error' && answer !== 'unparseable') {
      const settle = answer === 'none' ? Object.fromEntries(uncertain.map((c) => [c, false])) : { [answer]: true };
      const settled = deps.gate.screen(text, { source: opts.source, settle });
      result = { verdict: settled, opinion: { answer, changed: settled.decision !== verdict.decision } };
    }
    deps.logger.info({ uncertain, answer, changed: result.opinion?.changed, latencyMs: Date.now() - started }, 'gate second opinion');
    return result;
  };
}

const TIMED_OUT = Symbol('timed out');

async function ask(deps: SecondOpinionDeps, offered: Category[], masked: string): Promise<OpinionAnswer> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(TIMED_OUT);
    }, deps.timeoutMs);
  });
  try {
    const reply = deps.model.complete(buildGuardMessages(deps.prompts, offered, masked), { signal: controller.signal });
    const raced = await Promise.race([reply, deadline]);
    reply.catch(() => undefined);
    if (raced === TIMED_OUT) return 'timeout';
    return parseGuardAnswer(raced, offered) ?? 'unparseable';
  } catch (e) {
    // the model's own clock (or our abort) ends the call as an error: report a timeout as one
    return controller.signal.aborted || /timeout/i.test((e as Error).message) ? 'timeout' : 'error';
  } finally {
    clearTimeout(timer);
  }
}
