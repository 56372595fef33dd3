import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { Gate } from '../gate/types';
import type { AuditEventInput, UserRecord } from '../store/types';
import type { FeatureHandler } from './feature';
import type { Reply, Turn, TurnResult } from './types';
import type { SecondOpinion } from '../second-opinion/second-opinion';
import type { RefusalMemory } from '../appeals/refusals';
import { blockedReply } from './blocked-reply';
import { messages } from '../messages';
import { storeUnavailableResult } from './store-unavailable';
import { personKeyOf } from './person-key';

/** The result of the access check every turn passes first. */
export type AccessDecision =
  | { kind: 'allowed'; user?: UserRecord }
  | { kind: 'denied'; reason: string; reply?: Reply; /** The refused person's record, so the refusal is audited under their unit. */ user?: UserRecord };

export type AccessCheck = (turn: Turn) => Promise<AccessDecision>;

/** Who a turn is from, as the audit log and the stores know people. */

/** Where turn audit events go (the durable audit log). */
export interface AuditSink {
  record(event: AuditEventInput): Promise<unknown>;
}

export interface RouterDeps {
  features: FeatureHandler[];
  gate: Gate;
  access?: AccessCheck;
  audit: AuditSink;
  logger: Logger;
  clock: Clock;
  /** The gate's second opinion (an on-premises model), awaited after the screen when configured. */
  secondOpinion?: SecondOpinion;
  /** Where refusals wait to be contested; without it a refusal offers no appeal. */
  refusals?: RefusalMemory;
}

/** A handled turn plus what the bot needs to deliver it. */
export interface RoutedTurn extends TurnResult {
  user?: UserRecord;
  /**
   * Set when a reply is streamed: the turn's audit event is written by this call once delivery has
   * finished, with what the user finally got (citation checks and fallbacks happen as the stream ends).
   */
  delivered?: () => Promise<void>;
}

/**
 * Creates the turn router: access check → feature choice → gate → feature → one audit event.
 * A blocked text never reaches a feature; only the gate's audit summary is recorded.
 */
export function createTurnRouter(deps: RouterDeps) {
  const { features, gate, access, audit, logger, clock } = deps;

  async function writeAudit(turn: Turn, result: RoutedTurn, started: number, gateSummary?: AuditEventInput['gate']) {
    const event: AuditEventInput = {
      time: clock.now(),
      type: 'turn',
      actor: personKeyOf(turn),
      unit: result.user?.unit,
      conversationType: turn.conversation.type,
      feature: result.outcome.feature,
      gate: gateSummary,
      answerer: result.outcome.answerer,
      latencyMs: Date.now() - started,
      outcome: result.outcome.outcome,
      details: turn.channel && turn.channel !== 'teams' ? { ...result.outcome.details, channel: turn.channel } : result.outcome.details,
    };
    try {
      await audit.record(event);
    } catch (err) {
      // The audit sink is durable (outbox); a failure here is logged, never shown to the user.
      logger.error({ turnId: turn.id, err: (err as Error).message }, 'audit write failed');
    }
  }

  /** The gate's verdict on the turn's text, then the second opinion where one is configured (it never throws the turn). */
  async function screen(turn: Turn): Promise<Awaited<ReturnType<SecondOpinion>>> {
    const verdict = gate.screen(turn.text, { source: 'message' });
    if (!deps.secondOpinion) return { verdict };
    try {
      return await deps.secondOpinion(turn.text, verdict, { source: 'message' });
    } catch (err) {
      logger.error({ turnId: turn.id, err: (err as Error).message }, 'gate second opinion failed; the local decision stands');
      return { verdict };
    }
  }

  /**
   * Routes one turn. `onAllowed` runs once the sender passed the access check (the bot shows its typing
   * indicator and remembers the conversation only then: a refused tenant learns nothing).
   */
  return async function routeTurn(turn: Turn, opts: { canStream: boolean; onAllowed?: () => Promise<void> }): Promise<RoutedTurn> {
    const started = Date.now();
    let user: UserRecord | undefined;
    if (access) {
      const decision = await access(turn);
      if (decision.kind === 'denied') {
        const result: RoutedTurn = {
          user: decision.user,
          replies: decision.reply ? [decision.reply] : [],
          outcome: { feature: 'account', outcome: 'denied', details: { reason: decision.reason } },
        };
        await writeAudit(turn, result, started);
        return result;
      }
      user = decision.user;
    }
    await opts.onAllowed?.();

    const feature = await findFeature(features, turn);
    if (!feature) {
      const result: RoutedTurn = {
        user,
        replies: [{ kind: 'text', text: turn.text.trim() ? messages.unknownInput : messages.emptyMessage }],
        outcome: { feature: 'other', outcome: 'unrecognised' },
      };
      deps.refusals?.turnEnded(personKeyOf(turn), turn.conversation.id);
      await writeAudit(turn, result, started);
      return result;
    }

    if (!feature.gated) {
      const result = { ...(await feature.handle(turn, { user, canStream: opts.canStream }).catch((e) => storeUnavailableResult(feature, e))), user };
      deps.refusals?.turnEnded(personKeyOf(turn), turn.conversation.id);
      return auditNowOrAfterDelivery(turn, result, started);
    }

    const { verdict, opinion } = await screen(turn);
    // what the second opinion said (a category or 'none', never text) goes into the turn's audit event
    const withOpinion = (r: RoutedTurn): RoutedTurn =>
      opinion ? { ...r, outcome: { ...r.outcome, details: { ...r.outcome.details, secondOpinion: opinion.answer, secondOpinionChanged: opinion.changed } } } : r;
    if (verdict.decision === 'block') {
      logger.info({ turnId: turn.id, level: verdict.level, categories: verdict.categories }, 'message blocked by the gate');
      const featureName = feature.name as RoutedTurn['outcome']['feature'];
      // only what an appeal may keep is remembered (never a level-4 text), and only in memory until appealed
      const refusalId = deps.refusals?.remember({
        userId: personKeyOf(turn), conversationId: turn.conversation.id, conversationType: turn.conversation.type, unit: user?.unit,
        feature: featureName, zone: gate.zone, time: clock.now(), record: verdict.appealRecord(),
      });
      const result: RoutedTurn = {
        user,
        replies: [blockedReply(verdict.reason, refusalId)],
        outcome: { feature: featureName, outcome: 'blocked' },
      };
      await writeAudit(turn, withOpinion(result), started, verdict.audit);
      return result;
    }
    const handled = await feature.handle(turn, { user, verdict, canStream: opts.canStream }).catch((e) => storeUnavailableResult(feature, e));
    deps.refusals?.turnEnded(personKeyOf(turn), turn.conversation.id);
    return auditNowOrAfterDelivery(turn, withOpinion({ ...handled, user }), started, verdict.audit);
  };

  async function auditNowOrAfterDelivery(turn: Turn, result: RoutedTurn, started: number, gateSummary?: AuditEventInput['gate']): Promise<RoutedTurn> {
    if (!result.replies.some(isStreamed)) {
      await writeAudit(turn, result, started, gateSummary);
      return result;
    }
    let written: Promise<void> | undefined;
    return { ...result, delivered: () => (written ??= writeAudit(turn, result, started, gateSummary)) };
  }
}

export type TurnRouter = ReturnType<typeof createTurnRouter>;

function isStreamed(reply: Reply): boolean {
  return reply.kind === 'answer' && reply.answer.stream !== undefined;
}

/** The first feature, in order, that takes the turn (a feature that cannot tell for a store outage does not take it). */
async function findFeature(features: FeatureHandler[], turn: Turn): Promise<FeatureHandler | undefined> {
  for (const f of features) {
    const takes = await Promise.resolve(f.matches(turn)).catch(() => false);
    if (takes) return f;
  }
  return undefined;
}
