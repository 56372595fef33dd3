import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';

/** A new NOTEBOOK_KEYS entry: `id:base64` of 32 random bytes (the id defaults to k + today's date). */
export function newNotebookKey(id?: string, now = new Date()): string {
  const name = id ?? `k${now.toISOString().slice(0, 10).replace(/-/g, '')}`;
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(name)) throw new Error('--id must be 1-32 letters, digits, "-" or "_"');
  return `${name}:${randomBytes(32).toString('base64')}`;
}

if (require.main === module) {
  try {
    const { values } = parseArgs({ args: process.argv.slice(2), options: { id: { type: 'string' } } });
    process.stdout.write(`${newNotebookKey(values.id)}\n`);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\nusage: notebook-key [--id NAME]\n`);
    process.exit(2);
  }
}
