import fs from 'node:fs';
import { finished } from 'node:stream/promises';
import { z } from 'zod';
import { createPseudonymizer } from '../audit/pseudonymize';
import { loadConfig, type Config } from '../config';
import { FEEDBACK_EXPORT_COLUMNS, feedbackExportRows } from '../feedback/feedback-export-rows';
import { writeExport } from '../http/export-formats';
import { exportQueryShape, optionalParam, rangeIsOrdered, toExportRange } from '../http/export-query';
import { exportsVi } from '../messages/exports';
import { parseCliOptions, runAsMain, withReadOnlyStore } from './cli-helpers';
import { getExportSalt } from '../store/export-salt';

const USAGE = 'usage: export-feedback [--format csv|xlsx|json] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--reaction like|dislike] [--unit NAME] [--out FILE]';

const argsSchema = z
  .object({ ...exportQueryShape, reaction: optionalParam(z.enum(['like', 'dislike'])), unit: optionalParam(z.string().min(1)), out: optionalParam(z.string().min(1)) })
  .refine(rangeIsOrdered, { message: 'from must be before to', path: ['from'] });

/** Exports feedback like GET /admin/feedback/export, to a file or stdout; returns the exit code (0 ok, 2 bad arguments). */
export async function runExportFeedback(argv: string[], deps: { config: Config; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  const args = parseCliOptions(argv, ['format', 'from', 'to', 'reaction', 'unit', 'out'], argsSchema, USAGE, deps.stderr);
  if (!args) return 2;
  const { from, to, format, reaction, unit, out } = args;
  return withReadOnlyStore(deps.config, async (store) => {
    const salt = await getExportSalt(store.state, { readOnly: store.kind === 'embedded' });
    const pseudonymize = createPseudonymizer({ salt, realUserIds: deps.config.admin.exportRealUserIds });
    const target = out ? fs.createWriteStream(out) : deps.stdout;
    const rows = feedbackExportRows({ feedback: store.feedback, answers: store.answers, query: { ...toExportRange({ from, to }), reaction, unit }, pseudonymize });
    await writeExport(target, { format, columns: FEEDBACK_EXPORT_COLUMNS, rows, sheet: exportsVi.feedback.sheet, mark: { kind: 'ai', now: new Date() } });
    if (out) {
      await finished(target);
      deps.stderr.write(`feedback exported to ${out}\n`);
    }
    return 0;
  });
}

if (require.main === module) runAsMain(() => runExportFeedback(process.argv.slice(2), { config: loadConfig(), stdout: process.stdout, stderr: process.stderr }), 'export');
