/**
 * Writes the accepted appeals as draft corpus lines for a person to review (policy/corpus/WRITING.md, "Accepted
 * appeals"): nothing joins the gate corpus by itself. Usage: npm run --silent gate:appeals-export -- [--from D] [--to D] [--out FILE]
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig, type Config } from '../config';
import { loadGatePolicy } from '../gate';
import { corpusDraft } from '../appeals/corpus-draft';
import { describeIssues, exportQueryShape, rangeIsOrdered, toExportRange } from '../http/export-query';
import { runAsMain, withReadOnlyStore } from './cli-helpers';

const USAGE = 'usage: gate-appeals-export [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out FILE]';
const argsSchema = z
  .object({ from: exportQueryShape.from, to: exportQueryShape.to, out: z.string().min(1).optional() })
  .refine(rangeIsOrdered, { message: 'from must be before to', path: ['from'] });

/** Exports the accepted appeals filed in [from, to) as JSON Lines; returns the exit code (0 ok, 2 bad arguments). */
export async function runGateAppealsExport(argv: string[], deps: { config: Config; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options: { from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' } } }));
  } catch (e) {
    deps.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    deps.stderr.write(`invalid arguments: ${describeIssues(parsed.error)}\n${USAGE}\n`);
    return 2;
  }
  const policy = loadGatePolicy(deps.config.gate.policyPath);
  return withReadOnlyStore(deps.config, async (store) => {
    const accepted = await store.appeals.list({ ...toExportRange(parsed.data), status: 'accepted' });
    const drafts = accepted.map((a) => corpusDraft(a, policy.zones)).filter((d) => d !== undefined);
    const body = drafts.map((d) => JSON.stringify(d)).join('\n') + (drafts.length ? '\n' : '');
    if (parsed.data.out) fs.writeFileSync(parsed.data.out, body);
    else deps.stdout.write(body);
    const withoutText = accepted.length - drafts.length;
    deps.stderr.write(
      `${drafts.length} draft line(s) from ${accepted.length} accepted appeal(s)${withoutText ? `; ${withoutText} kept no text (level 4) and cannot become corpus lines` : ''}` +
        `${parsed.data.out ? ` written to ${parsed.data.out}` : ''}. Review each line as policy/corpus/WRITING.md says before copying it into policy/corpus/raw/.\n`,
    );
    return 0;
  });
}

if (require.main === module) runAsMain(() => runGateAppealsExport(process.argv.slice(2), { config: loadConfig(), stdout: process.stdout, stderr: process.stderr }), 'export');
