import { createHash } from 'node:crypto';
import type { Clock } from '../core/clock';
import { foldDiacritics } from '../core/vietnamese';
import { recordAdmin, type AuditRecorder } from '../accounts/audit-recorder';
import type { Refusal } from '../accounts/policy';
import type { Principal } from '../accounts/principal';
import type { StateRepository } from '../store/types';
import type { ScreenNote } from './feedback-review';

/** An answer written by the legal team for a question, preferred by the Q&A for the same and near-identical questions. */
export interface CuratedAnswer {
  /** The question as stored (placeholders, never personal data). */
  question: string;
  /** Article references as the curator wrote them, e.g. "Điều 28 Luật Khiếu nại 2011". */
  articles: string[];
  text: string;
  by: string;
  /** The curator's name as shown with the answer. */
  byName: string;
  at: string;
  feedbackId?: string;
}

export type CurateResult = { kind: 'ok'; curated: CuratedAnswer } | { kind: 'note_blocked' } | { kind: 'invalid' } | Refusal;

/**
 * Near-identical questions share a key: case, diacritics, punctuation and spacing aside ("Thủ tục đăng ký kết hôn?"
 * and "thu tuc dang ky ket hon" are one question); placeholders such as [CCCD_1] stay as they are.
 */
export function questionKey(question: string): string {
  const folded = foldDiacritics(question.normalize('NFC')).replace(/[^\p{L}\p{N}[\]_]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(folded).digest('hex').slice(0, 32);
}

const stateKey = (question: string) => `qa/curated/${questionKey(question)}`;

/** Curated answers on the store's key-value state: system administrators record them (screened, audited); the Q&A looks them up. */
export function createCuratedAnswers(deps: { state: StateRepository; screen: ScreenNote; audit: AuditRecorder; clock: Clock }) {
  return {
    async find(question: string): Promise<CuratedAnswer | undefined> {
      const key = stateKey(question);
      return (await deps.state.read([key]))[key] as CuratedAnswer | undefined;
    },

    async record(p: Principal, input: { question: string; articles: string[]; text: string; byName: string; feedbackId?: string }): Promise<CurateResult> {
      if (p.role !== 'system_admin') {
        await recordAdmin(deps.audit, deps.clock, p, { action: 'qa.curate', target: input.feedbackId, outcome: 'forbidden' });
        return { kind: 'forbidden', reason: 'role' };
      }
      const articles = input.articles.map((a) => a.trim()).filter(Boolean);
      if (!input.question.trim() || !input.text.trim() || articles.length === 0) return { kind: 'invalid' };
      const text = deps.screen(input.text.trim());
      const refs = deps.screen(articles.join('\n'));
      if (text.kind === 'blocked' || refs.kind === 'blocked') return { kind: 'note_blocked' };
      const curated: CuratedAnswer = {
        question: input.question, articles: refs.text.split('\n'), text: text.text, by: p.actor, byName: input.byName,
        at: deps.clock.now().toISOString(), ...(input.feedbackId ? { feedbackId: input.feedbackId } : {}),
      };
      await deps.state.write({ [stateKey(input.question)]: curated });
      await recordAdmin(deps.audit, deps.clock, p, { action: 'qa.curate', target: input.feedbackId, outcome: 'ok', details: { articles: articles.length } });
      return { kind: 'ok', curated };
    },
  };
}

export type CuratedAnswers = ReturnType<typeof createCuratedAnswers>;
