import { Router } from 'express';
import type { z } from 'zod';
import { createPseudonymizer } from '../audit/pseudonymize';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import { getExportSalt } from '../store/export-salt';
import type { StateRepository } from '../store/types';
import type { ExportMark } from '../core/xlsx-mark';
import { sendExport, type ExportColumn, type ExportFormat, type Row } from './export-formats';
import { describeIssues, toExportRange } from './export-query';

/** What every export route shares: query validation (400), pseudonymous users, a dated file name, streaming. */
export function createExportRoute<Q extends { format: ExportFormat; from?: string; to?: string }>(opts: {
  path: string;
  name: string;
  query: z.ZodType<Q, z.ZodTypeDef, unknown>;
  columns: readonly ExportColumn[];
  /** The XLSX sheet name (default: the file's base name). */
  sheet?: string;
  /** The XLSX "Ghi chú" sheet: AI-assisted content, or figures the system computed. */
  mark?: ExportMark;
  rows: (query: Omit<Q, 'from' | 'to'> & { from?: Date; to?: Date }, pseudonymize: ReturnType<typeof createPseudonymizer>) => AsyncIterable<Row>;
  state: StateRepository;
  exportRealUserIds: boolean;
  clock: Clock;
  logger?: Logger;
}): Router {
  const router = Router();
  router.get(opts.path, async (req, res) => {
    const parsed = opts.query.safeParse(req.query);
    if (!parsed.success) {
      res.status(400).json({ error: { code: 'BAD_REQUEST', message: `invalid query: ${describeIssues(parsed.error)}` } });
      return;
    }
    const { from, to, ...rest } = parsed.data;
    const q = { ...rest, ...toExportRange({ from, to }) };
    const pseudonymize = createPseudonymizer({ salt: await getExportSalt(opts.state), realUserIds: opts.exportRealUserIds });
    opts.logger?.info({ format: q.format, from: q.from, to: q.to }, `admin: ${opts.name} export`);
    const stamp = opts.clock.now().toISOString().slice(0, 10);
    await sendExport(res, { format: q.format, basename: `${opts.name}-${stamp}`, columns: opts.columns, rows: opts.rows(q, pseudonymize), sheet: opts.sheet, mark: opts.mark && { kind: opts.mark, now: opts.clock.now() } });
  });
  return router;
}
