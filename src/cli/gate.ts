/**
 * The gate's command-line contract: reads JSON Lines `{id, text}` on stdin and writes
 * `{id, decision, level, categories}` per line on stdout.
 * Usage: npx tsx src/cli/gate.ts --zone onprem|external [--policy policy/gate-policy.json]
 */
import path from 'node:path';
import readline from 'node:readline';
import { z } from 'zod';
import { createGate, loadGatePolicy, type Zone } from '../gate';

const inputLine = z.object({ id: z.union([z.string(), z.number()]), text: z.string() }).passthrough();

function parseArgs(argv: string[]): { zone: Zone; policy: string } {
  let zone: string | undefined;
  let policy = 'policy/gate-policy.json';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--zone') zone = argv[++i];
    else if (a.startsWith('--zone=')) zone = a.slice(7);
    else if (a === '--policy') policy = argv[++i];
    else if (a.startsWith('--policy=')) policy = a.slice(9);
    else if (a === '--help' || a === '-h') { process.stdout.write('Usage: gate --zone onprem|external [--policy FILE] < in.jsonl > out.jsonl\n'); process.exit(0); }
    else throw new Error(`Unknown argument "${a}". Usage: gate --zone onprem|external [--policy FILE]`);
  }
  if (zone !== 'onprem' && zone !== 'external') throw new Error('--zone must be onprem or external');
  return { zone, policy: path.resolve(policy ?? '') };
}

/** Runs the command; resolves with the exit code. */
export async function main(argv: string[], input: NodeJS.ReadableStream, output: NodeJS.WritableStream, errors: NodeJS.WritableStream): Promise<number> {
  let gate;
  try {
    const args = parseArgs(argv);
    gate = createGate({ policy: loadGatePolicy(args.policy), zone: args.zone });
  } catch (e) {
    errors.write(`gate: ${(e as Error).message}\n`);
    return 2;
  }
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let buffer = '';
  let bad = 0;
  const flush = async (): Promise<void> => {
    if (!buffer) return;
    const chunk = buffer;
    buffer = '';
    if (!output.write(chunk)) await new Promise<void>((r) => output.once('drain', () => r()));
  };
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const raw: unknown = JSON.parse(line);
      if (raw && typeof raw === 'object' && 'id' in raw) id = (raw as { id: unknown }).id;
      const item = inputLine.parse(raw);
      const v = gate.screen(item.text);
      buffer += `${JSON.stringify({ id: item.id, decision: v.decision, level: v.level, categories: v.categories })}\n`;
    } catch (e) {
      bad++;
      const reason = e instanceof SyntaxError ? 'invalid JSON' : 'expected an object with "id" and "text" (string)';
      buffer += `${JSON.stringify({ id, line: lineNo, error: reason })}\n`;
      errors.write(`gate: line ${lineNo}: ${reason}\n`);
    }
    if (buffer.length > 65536) await flush();
  }
  await flush();
  if (bad > 0) errors.write(`gate: ${bad} line(s) could not be screened\n`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2), process.stdin, process.stdout, process.stderr).then((code) => { process.exitCode = code; });
}
