import { AppError } from '../../core/app-error';
import type { Clock } from '../../core/clock';
import { PURPOSE_CATEGORIES, type Category, type Gate, type Verdict } from '../../gate/types';
import type { DownloadAttachment } from '../../meetings/attachments';
import { formatBytes } from '../../meetings/messages';
import { blockedReply } from '../../turns/blocked-reply';
import type { Reply, Turn } from '../../turns/types';
import type { DocumentChecker } from '../check/check-document';
import { correctedCopy } from '../correct/corrected-copy';
import { readDocx } from '../docx/read-docx';
import { fill, messages } from '../messages';
import { renderFindings } from './render-findings';

const PURPOSES = new Set<Category>(PURPOSE_CATEGORIES);

const m = messages.chat;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The replies of one check and what the audit log records (counts, never text). */
export interface CheckTurnResult {
  replies: Reply[];
  outcome: string;
  details: Record<string, string | number | boolean | null>;
}

/** Downloads the .docx, screens its whole text with the gate first, then checks it and offers the corrected copy. */
export async function checkAttachment(turn: Turn, deps: { gate: Gate; downloadAttachment: DownloadAttachment; maxBytes: number; clock: Clock; checker: DocumentChecker }): Promise<CheckTurnResult> {
  const att = turn.attachments.find((a) => /\.docx$/i.test(a.name ?? '') || a.contentType === DOCX);
  const name = att?.name || 'tệp đính kèm';
  const stop = (text: string, outcome: string, details: CheckTurnResult['details'] = {}) => ({ replies: [{ kind: 'text', text } as Reply], outcome, details });
  if (!att) return stop(fill(m.notDocx, { name }), 'unsupported');
  if (att.size !== undefined && att.size > deps.maxBytes) return stop(fill(m.tooLarge, { name, limit: formatBytes(deps.maxBytes) }), 'too_large', { bytes: att.size });
  let buffer: Buffer;
  try {
    buffer = await deps.downloadAttachment(att, deps.maxBytes);
  } catch (e) {
    if (AppError.isInstance(e) && e.code === 'PAYLOAD_TOO_LARGE') return stop(fill(m.tooLarge, { name, limit: formatBytes(deps.maxBytes) }), 'too_large');
    return stop(fill(m.downloadFailed, { name }), 'unsupported', { reason: 'download_failed' });
  }
  let text: string;
  try {
    const model = await readDocx(buffer);
    text = [...model.paras.map((p) => p.text), ...[...model.page.headers, ...model.page.footers].flatMap((h) => h.paras.map((p) => p.text))].join('\n');
  } catch {
    return stop(fill(m.unreadable, { name }), 'unsupported', { reason: 'unreadable' });
  }
  // A secret-marked document is refused before any check: nothing of it is kept, logged or shown back. A forbidden
  // purpose read in the document's own text is not a request of the person's (their message passed the router's gate)
  // and the check involves no model: only what the document *is* (a marking, data the zone forbids) stops it here.
  const verdict = deps.gate.screen(text, { source: 'attachment' });
  if (verdict.decision === 'block' && (verdict.level === 4 || !verdict.categories.some((c) => PURPOSES.has(c)))) {
    return { replies: [blockedReply(verdict.reason)], outcome: 'blocked', details: { level: verdict.level, categories: verdict.categories.join(',') } };
  }
  const report = await deps.checker.checkDocx(buffer);
  const copy = await correctedCopy(report.model, report.findings, { author: 'Trợ lý Công vụ', date: deps.clock.now() });
  const base = name.replace(/\.docx$/i, '');
  return {
    replies: [
      { kind: 'text', text: renderFindings(report.findings, { pasted: false }) },
      { kind: 'file', text: fill(m.correctedFile, { fixed: copy.fixed, commented: copy.commented }), file: { name: fill(m.correctedName, { base }), contentType: DOCX, content: copy.buffer } },
    ],
    outcome: 'checked',
    details: summary(report.findings, { bytes: buffer.length, fixed: copy.fixed, type: report.type ?? null, decision: verdict.decision }),
  };
}

/** Checks pasted text (already screened by the router's gate): text rules only. */
export function checkPasted(text: string, verdict: Exclude<Verdict, { decision: 'block' }>, checker: DocumentChecker): CheckTurnResult {
  const report = checker.checkText(text);
  // Placeholders of redacted identifiers go back to their values only in what this user sees.
  return { replies: [{ kind: 'text', text: verdict.restore(renderFindings(report.findings, { pasted: true })) }], outcome: 'checked_text', details: summary(report.findings, { type: report.type ?? null }) };
}

function summary(findings: { severity: string; rule: string }[], extra: CheckTurnResult['details']): CheckTurnResult['details'] {
  const rules = [...new Set(findings.map((f) => f.rule))].sort().join(',');
  return { findings: findings.length, errors: findings.filter((f) => f.severity === 'error').length, rules, ...extra };
}
