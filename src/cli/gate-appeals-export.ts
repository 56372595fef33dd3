/**
 * Writes the accepted appeals as draft corpus lines for a person to review (policy/corpus/WRITING.md, "Accepted
 * appeals"): nothing joins the gate corpus by itself. Usage: npm run --silent gate:appeals-export -- [--from D] [--to D] [--out FILE]
 */
import fs from 'node:fs';
import { z } from 'zod';
import { loadConfig, type Config } from '../config';
import { loadGatePolicy } from '../gate';
import { corpusDraft } from '../appeals/corpus-draft';
import { exportQueryShape, rangeIsOrdered, toExportRange } from '../http/export-query';
import { parseCliOptions, runAsMain, withReadOnlyStore } from './cli-helpers';

const USAGE = 'usage: gate-appeals-export [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out FILE]';
const argsSchema = z
  .object({ from: exportQueryShape.from, to: exportQueryShape.to, out: z.string().min(1).optional() })
  .refine(rangeIsOrdered, { message: 'from must be before to', path: ['from'] });

/** Exports the accepted appeals filed in [from, to) as JSON Lines; returns the exit code (0 ok, 2 bad arguments). */
export async function runGateAppealsExport(argv: string[], deps: { config: Config; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  const args = parseCliOptions(argv, ['from', 'to', 'out'], argsSchema, USAGE, deps.stderr);
  if (!args) return 2;
  const policy = loadGatePolicy(deps.config.gate.policyPath);
  return withReadOnlyStore(deps.config, async (store) => {
    const accepted = await store.appeals.list({ ...toExportRange(args), status: 'accepted' });
    const drafts = accepted.map((a) => corpusDraft(a, policy.zones)).filter((d) => d !== undefined);
    const body = drafts.map((d) => JSON.stringify(d)).join('\n') + (drafts.length ? '\n' : '');
    if (args.out) fs.writeFileSync(args.out, body);
    else deps.stdout.write(body);
    const withoutText = accepted.length - drafts.length;
    deps.stderr.write(
      `${drafts.length} draft line(s) from ${accepted.length} accepted appeal(s)${withoutText ? `; ${withoutText} kept no text (level 4) and cannot become corpus lines` : ''}` +
        `${args.out ? ` written to ${args.out}` : ''}. Review each line as policy/corpus/WRITING.md says before copying it into policy/corpus/raw/.\n`,
    );
    return 0;
  });
}

if (require.main === module) runAsMain(() => runGateAppealsExport(process.argv.slice(2), { config: loadConfig(), stdout: process.stdout, stderr: process.stderr }), 'export');
