import type { ExportColumn } from '../core/export-column';
import { answererLabel, categoriesLabel, exportsVi, labelFrom } from '../messages/exports';
import type { AuditEvent, AuditQuery, AuditRepository } from '../store/types';

const vi = exportsVi;
const h = vi.audit.headers;

/** Audit export columns, in order (JSON field names; Vietnamese headers and wording in CSV and XLSX). Never any message text: events have none. */
export const AUDIT_EXPORT_COLUMNS: readonly ExportColumn[] = [
  { key: 'seq', header: h.seq, kind: 'number', width: 10 },
  { key: 'time', header: h.time, kind: 'time', width: 20 },
  { key: 'type', header: h.type, label: labelFrom(vi.audit.type), width: 16 },
  { key: 'actor', header: h.actor, width: 20 },
  { key: 'unit', header: h.unit, width: 28 },
  { key: 'channel', header: h.channel, label: labelFrom(vi.channel), width: 20 },
  { key: 'feature', header: h.feature, label: labelFrom(vi.feature), width: 18 },
  { key: 'action', header: h.action, width: 14 },
  { key: 'target', header: h.target, width: 20 },
  { key: 'gateDecision', header: h.gateDecision, label: labelFrom(vi.gateDecision), width: 16 },
  { key: 'gateLevel', header: h.gateLevel, kind: 'number', width: 10 },
  { key: 'gateCategories', header: h.gateCategories, label: categoriesLabel, width: 30 },
  { key: 'answerer', header: h.answerer, label: answererLabel, width: 30 },
  { key: 'latencyMs', header: h.latencyMs, kind: 'number', width: 12 },
  { key: 'outcome', header: h.outcome, label: labelFrom(vi.audit.outcome), width: 20 },
  { key: 'details', header: h.details, width: 40 },
  { key: 'prevHash', header: h.prevHash, width: 24 },
  { key: 'hash', header: h.hash, width: 24 },
];

// Actions whose target is not a person (a document number): every other target is an account and is pseudonymised.
const NON_PERSON_TARGETS = new Set(['document_status']);

/** One audit export row: machine names and values (JSON shows them as they are). */
export type AuditExportRow = Record<string, string | number | Date>;

/** Audit events as flat export rows in seq order, streamed; hashes included so an inspector can re-verify. Actors and account targets are pseudonymous unless real ids are allowed. */
export async function* auditExportRows(deps: {
  audit: AuditRepository;
  query: AuditQuery;
  pseudonymize: (userId: string | undefined) => string;
}): AsyncGenerator<AuditExportRow> {
  for await (const e of deps.audit.list(deps.query)) {
    yield {
      seq: e.seq,
      time: e.time,
      type: e.type,
      actor: deps.pseudonymize(e.actor),
      unit: e.unit ?? '',
      channel: channelOf(e),
      feature: e.feature ?? '',
      action: e.action ?? '',
      target: e.target && !NON_PERSON_TARGETS.has(e.action ?? '') ? deps.pseudonymize(e.target) : e.target ?? '',
      gateDecision: e.gate?.decision ?? '',
      gateLevel: e.gate?.level ?? '',
      gateCategories: (e.gate?.categories ?? []).join('; '),
      answerer: e.answerer ?? '',
      latencyMs: e.latencyMs ?? '',
      outcome: e.outcome,
      details: e.details ? JSON.stringify(e.details) : '',
      prevHash: e.prevHash,
      hash: e.hash,
    };
  }
}

// Teams events name the conversation type; other channels' events carry the channel in their details ("zalo:personal").
function channelOf(e: AuditEvent): string {
  const channel = typeof e.details?.channel === 'string' ? e.details.channel : undefined;
  if (!channel || channel === 'teams') return e.conversationType ?? '';
  return e.conversationType ? `${channel}:${e.conversationType}` : channel;
}
