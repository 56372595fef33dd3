export { createAuditLog, type AuditLog, type AuditRecordInput, type AuditRecordResult } from './audit-log';
export { verifyAuditChain, type ChainVerdict } from './verify-audit-chain';
export { auditExportRows, AUDIT_EXPORT_COLUMNS } from './audit-export-rows';
export { createPseudonymizer } from './pseudonymize';
