import type { AuditQuery, AuditRepository } from '../store/types';

/** Audit export columns, in order. Never any message text: events have none. */
export const AUDIT_EXPORT_COLUMNS = [
  'seq', 'time', 'type', 'actor', 'unit', 'channel', 'feature', 'action', 'target', 'gateDecision', 'gateLevel', 'gateCategories',
  'answerer', 'latencyMs', 'outcome', 'details', 'prevHash', 'hash',
] as const;

export type AuditExportRow = Record<(typeof AUDIT_EXPORT_COLUMNS)[number], string | number>;

/** Audit events as flat export rows in seq order, streamed; hashes included so an inspector can re-verify. */
export async function* auditExportRows(deps: {
  audit: AuditRepository;
  query: AuditQuery;
  pseudonymize: (userId: string | undefined) => string;
}): AsyncGenerator<AuditExportRow> {
  for await (const e of deps.audit.list(deps.query)) {
    yield {
      seq: e.seq,
      time: e.time.toISOString(),
      type: e.type,
      actor: deps.pseudonymize(e.actor),
      unit: e.unit ?? '',
      channel: e.conversationType ?? '',
      feature: e.feature ?? '',
      action: e.action ?? '',
      target: e.target ?? '',
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
