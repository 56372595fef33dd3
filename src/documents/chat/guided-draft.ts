import { DOC_TYPES } from '../doc-types';
import { DRAFT_TYPES } from '../draft/draft-fields';
import { fill, messages } from '../messages';

const m = messages.chat;
// The questions of the guided exchange (channels without the Teams form), in order; optional ones accept "-".
const STEPS: { id: keyof typeof m.fields; optional?: boolean; list?: boolean }[] = [
  { id: 'type' }, { id: 'parentIssuer', optional: true }, { id: 'issuer' }, { id: 'issuerCode' }, { id: 'unitCode', optional: true },
  { id: 'place' }, { id: 'recipients', optional: true, list: true }, { id: 'subject' }, { id: 'points', optional: true, list: true },
  { id: 'authority', optional: true }, { id: 'headTitle', optional: true }, { id: 'signerTitle' }, { id: 'signerName' },
];
const choices = () => DRAFT_TYPES.map((c, i) => `${i + 1}. ${DOC_TYPES.find((t) => t.code === c)?.name}`).join('; ');

/** The next message of a guided exchange: a question, the collected values, or the end after /huy. */
export type GuidedStep = { kind: 'ask'; text: string } | { kind: 'done'; values: Record<string, unknown> } | { kind: 'cancelled' };

interface Session {
  step: number;
  values: Record<string, unknown>;
  at: number;
}

/** Guided drafting sessions by conversation and person, forgotten after `ttlMs` (default 15 min). */
export function createGuidedDrafts(opts: { now: () => number; ttlMs?: number; max?: number }) {
  const ttl = opts.ttlMs ?? 15 * 60_000;
  const sessions = new Map<string, Session>();
  const live = (key: string) => {
    const s = sessions.get(key);
    if (s && opts.now() - s.at > ttl) sessions.delete(key);
    return sessions.get(key);
  };
  const question = (step: number) => {
    const s = STEPS[step];
    if (s.id === 'type') return fill(m.askType, { choices: choices() });
    return `${fill(m.askField, { label: m.fields[s.id] })}${s.optional ? ` ${m.skip}` : ''}`;
  };
  return {
    active: (key: string) => live(key) !== undefined,
    /** Starts (or restarts) a session; returns the first question. */
    start(key: string): string {
      sessions.set(key, { step: 0, values: {}, at: opts.now() });
      while (sessions.size > (opts.max ?? 500)) sessions.delete(sessions.keys().next().value as string);
      return question(0);
    },
    /** Ends a session (the form was submitted instead). */
    cancel: (key: string) => void sessions.delete(key),
    answer(key: string, text: string): GuidedStep {
      const s = live(key);
      if (!s || /^\s*\/huy\b/i.test(text)) {
        sessions.delete(key);
        return { kind: 'cancelled' };
      }
      const step = STEPS[s.step];
      const t = text.trim();
      if (step.id === 'type') {
        const n = Number(t);
        const code = Number.isInteger(n) ? DRAFT_TYPES[n - 1] : DRAFT_TYPES.find((c) => c === t);
        if (!code) return { kind: 'ask', text: fill(m.badType, { choices: choices() }) };
        s.values.type = code;
      } else if (!(step.optional && (t === '-' || t === ''))) {
        s.values[step.id] = step.list ? t.split(/\r?\n|;/).map((x) => x.replace(/^\s*[-•]\s*/, '').trim()).filter(Boolean) : t;
      }
      s.step++;
      s.at = opts.now();
      if (s.step < STEPS.length) return { kind: 'ask', text: question(s.step) };
      sessions.delete(key);
      return { kind: 'done', values: s.values };
    },
  };
}

export type GuidedDrafts = ReturnType<typeof createGuidedDrafts>;
