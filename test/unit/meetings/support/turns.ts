import type { Gate } from '../../../../src/gate/types';
import type { PassedVerdict, TurnContext } from '../../../../src/turns/feature';
import type { InboundAttachment, Turn } from '../../../../src/turns/types';

let seq = 0;

/** A plain Turn as the bot would map it. */
export function makeTurn(text: string, opts: { userId?: string; conversationId?: string; type?: Turn['conversation']['type']; attachments?: InboundAttachment[]; value?: unknown } = {}): Turn {
  seq += 1;
  return {
    id: `turn-${seq}`,
    user: { id: opts.userId ?? 'user-a', aadObjectId: opts.userId ?? 'user-a', name: 'Cán bộ A' },
    tenantId: 'tenant-1',
    conversation: { id: opts.conversationId ?? `conv-${opts.userId ?? 'user-a'}`, type: opts.type ?? 'personal' },
    text,
    attachments: opts.attachments ?? [],
    value: opts.value,
  };
}

/** The context the router gives a gated feature: the gate's verdict on the message (never a block). */
export function routedContext(gate: Gate, turn: Turn): TurnContext {
  const verdict = gate.screen(turn.text, { source: 'message' });
  if (verdict.decision === 'block') throw new Error('the router would have stopped this turn');
  return { verdict: verdict as PassedVerdict, canStream: false };
}
