import { DOC_TYPES } from '../../documents/doc-types';
import { DRAFT_TYPES } from '../../documents/draft/draft-fields';
import { messages } from '../../documents/messages';
import { DRAFT_ACTION, MULTILINE } from '../../documents/chat/draft-form';
import { adaptiveCard } from './adaptive-card';

const m = messages.chat;

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

