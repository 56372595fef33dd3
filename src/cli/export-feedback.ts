import fs from 'node:fs';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createPseudonymizer } from '../audit/pseudonymize';
import { loadConfig, type Config } from '../config';
import { FEEDBACK_EXPORT_COLUMNS, feedbackExportRows } from '../feedback/feedback-export-rows';
import { writeExport } from '../http/export-formats';
import { describeIssues, exportQueryShape, optionalParam, rangeIsOrdered, toExportRange } from '../http/export-query';
import { exportsVi } from '../messages/exports';
import { runAsMain, withReadOnlyStore } from './cli-helpers';
import { getExportSalt } from '../store/export-salt';

const USAGE = 'usage: export-feedback [--format csv|xlsx|json] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--reaction like|dislike] [--unit NAME] [--out FILE]';

const argsSchema = z
  .object({ ...exportQueryShape, reaction: optionalParam(z.enum(['like', 'dislike'])), unit: optionalParam(z.string().min(1)), out: optionalParam(z.string().min(1)) })
  .refine(rangeIsOrdered, { message: 'from must be before to', path: ['from'] });

/** Exports feedback like GET /admin/feedback/export, to a file or stdout; returns the exit code (0 ok, 2 bad arguments). */
export async function runExportFeedback(argv: string[], deps: { config: Config; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options: { format: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, reaction: { type: 'string' }, unit: { type: 'string' }, out: { type: 'string' } } }));
  } catch (e) {
    deps.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    deps.stderr.write(`invalid arguments: ${describeIssues(parsed.error)}\n${USAGE}\n`);
    return 2;
  }
  const { from, to, format, reaction, unit, out } = parsed.data;
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
