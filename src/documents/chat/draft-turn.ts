import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { Gate } from '../../gate/types';
import type { AsyncRetriever } from '../../knowledge/types';
import type { ChatModel } from '../../llm/types';
import { blockedReply } from '../../turns/blocked-reply';
import type { Reply } from '../../turns/types';
import { typeByCode } from '../doc-types';
import { buildDraftDocx } from '../draft/build-draft';
import { draftBody } from '../draft/draft-body';
import { draftFieldsSchema } from '../draft/draft-fields';
import { fill, messages } from '../messages';
import type { CheckTurnResult } from './check-turn';

const m = messages.chat;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Validates the fields, screens them with the gate, writes the body and returns the .docx draft. */
export async function draftFromValues(values: Record<string, unknown>, deps: { gate: Gate; clock: Clock; retriever?: AsyncRetriever; model?: ChatModel; logger?: Logger }): Promise<CheckTurnResult> {
  const parsed = draftFieldsSchema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${m.fields[i.path[0] as keyof typeof m.fields] ?? i.path.join('.')} (${i.message})`).join('; ');
    return { replies: [{ kind: 'text', text: fill(m.draftInvalid, { problems }) }], outcome: 'invalid', details: { issues: parsed.error.issues.length } };
  }
  const f = parsed.data;
  // Every field passes the gate; a request to draft a decision on a sanction, inspection, licence or personnel case stays refused.
  const all = deps.gate.screen(Object.values(f).flat().filter((v): v is string => typeof v === 'string').join('\n'), { source: 'message' });
  if (all.decision === 'block') return { replies: [blockedReply(all.reason)], outcome: 'blocked', details: { level: all.level, categories: all.categories.join(',') } };
  // The model sees the subject and points as screened (identifiers replaced); the draft gets the values back.
  const content = deps.gate.screen([f.subject, ...f.points].join('\n'), { source: 'message' });
  if (content.decision === 'block') return { replies: [blockedReply(content.reason)], outcome: 'blocked', details: { level: content.level } };
  const lines = content.text.split('\n');
  const forModel = lines.length === f.points.length + 1 ? { ...f, subject: lines[0], points: lines.slice(1) } : f;
  const { body, mode } = await draftBody(forModel, { retriever: deps.retriever, model: deps.model });
  const restored = { bases: body.bases, paragraphs: body.paragraphs.map((p) => ({ ...p, text: content.restore(p.text) })) };
  const buffer = await buildDraftDocx(f, restored, deps.clock.now());
  const type = typeByCode(f.type);
  const reply: Reply = {
    kind: 'file',
    text: fill(m.draftReady, { type: type?.name.toLowerCase() ?? f.type, subject: f.subject, mode: m.draftModes[mode] }),
    file: { name: fill(m.draftFileName, { type: f.type.replace(/_/g, '-') }), contentType: DOCX, content: buffer },
  };
  return { replies: [reply], outcome: 'drafted', details: { type: f.type, mode, bases: body.bases.length, points: f.points.length, decision: all.decision } };
}
