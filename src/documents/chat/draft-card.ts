import { adaptiveCard } from '../../turns/adaptive-card';
import { DOC_TYPES } from '../doc-types';
import { DRAFT_TYPES } from '../draft/draft-fields';
import { messages } from '../messages';

const m = messages.chat;
/** The card action that carries the drafting form's fields. */
export const DRAFT_ACTION = 'doc_draft';
const MULTILINE = new Set(['recipients', 'points', 'copies']);

/** The Teams form of /soanthao: one input per field, submitted as `{action: "doc_draft", …fields}`. */
export function draftCard(): Record<string, unknown> {
  const choices = DRAFT_TYPES.map((code) => ({ title: DOC_TYPES.find((t) => t.code === code)?.name ?? code, value: code }));
  const inputs = Object.entries(m.fields).flatMap(([id, label]): Record<string, unknown>[] => {
    if (id === 'type') return [{ type: 'Input.ChoiceSet', id, label, choices, value: 'to_trinh', isRequired: true }];
    if (id === 'authority') return [{ type: 'Input.ChoiceSet', id, label, choices: ['', 'KT.', 'TM.', 'TL.', 'TUQ.', 'Q.'].map((v) => ({ title: v || '(không)', value: v })), value: '' }];
    return [{ type: 'Input.Text', id, label, isMultiline: MULTILINE.has(id), isRequired: ['issuer', 'issuerCode', 'place', 'subject', 'signerTitle', 'signerName'].includes(id) }];
  });
  const title: Record<string, unknown> = { type: 'TextBlock', text: m.draftCardTitle, weight: 'Bolder', size: 'Medium', wrap: true };
  return adaptiveCard(
    [title, ...inputs],
    [{ type: 'Action.Submit', title: m.draftSubmit, data: { action: DRAFT_ACTION } }],
  );
}

/** Turns submitted card values (strings, multi-line lists) into draft fields input. */
export function fieldsFromValues(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (k === 'action' || typeof v !== 'string') continue;
    const t = v.trim();
    if (!t) continue;
    out[k] = MULTILINE.has(k) ? t.split(/\r?\n/).map((x) => x.replace(/^\s*[-•]\s*/, '').trim()).filter(Boolean) : t;
  }
  return out;
}
