import { Router } from 'express';
import { z } from 'zod';
import { createPseudonymizer } from '../audit/pseudonymize';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import { FEEDBACK_EXPORT_COLUMNS, feedbackExportRows } from '../feedback/feedback-export-rows';
import { getExportSalt } from '../store/export-salt';
import type { Store } from '../store/types';
import { sendExport } from './export-formats';
import { describeIssues, exportQueryShape, optionalParam, rangeIsOrdered, toExportRange } from './export-query';

const feedbackQuerySchema = z
  .object({ ...exportQueryShape, reaction: optionalParam(z.enum(['like', 'dislike'])), unit: optionalParam(z.string().trim().min(1).max(200)) })
  .refine(rangeIsOrdered, { message: 'from must be before to', path: ['from'] });

/**
 * GET /admin/feedback/export?format=csv|xlsx|json&from=&to=&reaction=&unit= — mount behind createExportsGuard.
 * Users are pseudonymous (HMAC of the id, salt kept in the store) unless `exportRealUserIds`.
 */
export function createFeedbackExportRouter(deps: { store: Pick<Store, 'feedback' | 'answers' | 'state'>; exportRealUserIds: boolean; clock: Clock; logger?: Logger }): Router {
  const router = Router();
  router.get('/admin/feedback/export', async (req, res) => {
    const parsed = feedbackQuerySchema.safeParse(req.query);
    if (!parsed.success) {
      res.status(400).json({ error: { code: 'BAD_REQUEST', message: `invalid query: ${describeIssues(parsed.error)}` } });
      return;
    }
    const { from, to, ...rest } = parsed.data;
    const q = { ...rest, ...toExportRange({ from, to }) };
    const pseudonymize = createPseudonymizer({ salt: await getExportSalt(deps.store.state), realUserIds: deps.exportRealUserIds });
    deps.logger?.info({ format: q.format, from: q.from, to: q.to, reaction: q.reaction }, 'admin: feedback export');
    const stamp = deps.clock.now().toISOString().slice(0, 10);
    await sendExport(res, {
      format: q.format,
      basename: `feedback-${stamp}`,
      columns: FEEDBACK_EXPORT_COLUMNS,
      rows: feedbackExportRows({ feedback: deps.store.feedback, answers: deps.store.answers, query: { from: q.from, to: q.to, reaction: q.reaction, unit: q.unit }, pseudonymize }),
    });
  });
  return router;
}
