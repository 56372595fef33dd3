import type { Router } from 'express';
import { z } from 'zod';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import { FEEDBACK_EXPORT_COLUMNS, feedbackExportRows } from '../feedback/feedback-export-rows';
import { exportsVi } from '../messages/exports';
import type { Store } from '../store/types';
import { createExportRoute } from './export-route';
import { exportQueryShape, optionalParam, rangeIsOrdered } from './export-query';

const feedbackQuerySchema = z
  .object({ ...exportQueryShape, reaction: optionalParam(z.enum(['like', 'dislike'])), unit: optionalParam(z.string().trim().min(1).max(200)) })
  .refine(rangeIsOrdered, { message: 'from must be before to', path: ['from'] });

/**
 * GET /admin/feedback/export?format=csv|xlsx|json&from=&to=&reaction=&unit= — mount behind createExportsGuard.
 * Users are pseudonymous (HMAC of the id, salt kept in the store) unless `exportRealUserIds`.
 */
export function createFeedbackExportRouter(deps: { store: Pick<Store, 'feedback' | 'answers' | 'state'>; exportRealUserIds: boolean; clock: Clock; logger?: Logger }): Router {
  return createExportRoute({
    path: '/admin/feedback/export',
    name: 'feedback',
    query: feedbackQuerySchema,
    columns: FEEDBACK_EXPORT_COLUMNS,
    sheet: exportsVi.feedback.sheet,
    mark: 'ai',
    rows: (q, pseudonymize) =>
      feedbackExportRows({ feedback: deps.store.feedback, answers: deps.store.answers, query: { from: q.from, to: q.to, reaction: q.reaction, unit: q.unit }, pseudonymize }),
    state: deps.store.state,
    exportRealUserIds: deps.exportRealUserIds,
    clock: deps.clock,
    logger: deps.logger,
  });
}
