import { loadConfig, type Config } from '../config';
import { createNoteSealer } from '../meetings/note-sealing';
import { rekeyNotes } from '../meetings/rekey-notes';
import { createStore } from '../store';

/**
 * Key rotation of the notebook: re-seals every note under the first key of NOTEBOOK_KEYS. Returns 0 when no note is
 * left under another key (older keys may then be removed), 1 when some note's key is not configured, 2 on bad setup.
 * The embedded store takes one writer: stop the service first (MongoDB: it may keep running).
 */
export async function runNotebookRekey(deps: { config: Config; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  const keys = deps.config.notebook.keys;
  if (keys.length === 0) {
    deps.stderr.write('NOTEBOOK_KEYS is not set: there is no key to re-seal the notes with\n');
    return 2;
  }
  const sealer = createNoteSealer(keys);
  const store = await createStore({ mongo: deps.config.mongo, dataDir: deps.config.dataDir });
  try {
    const { allNotes, replace } = store.notes;
    if (!allNotes || !replace) throw new Error(`the ${store.kind} store cannot list every note`);
    const r = await rekeyNotes({ allNotes: allNotes.bind(store.notes), replace: replace.bind(store.notes) }, sealer);
    deps.stdout.write(`notebook rekey (${store.kind}): ${r.notes} notes; ${r.current} already under ${sealer.currentKeyId}, ${r.resealed} re-sealed, ${r.unreadable} under a key not in NOTEBOOK_KEYS\n`);
    if (r.unreadable > 0) {
      deps.stderr.write(`${r.unreadable} notes are sealed with a key that is not configured: put it back in NOTEBOOK_KEYS (after the current one) and run again\n`);
      return 1;
    }
    const older = keys.slice(1).map((k) => k.id);
    if (older.length) deps.stdout.write(`every note is under ${sealer.currentKeyId}: ${older.join(', ')} can now be removed from NOTEBOOK_KEYS\n`);
    return 0;
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  runNotebookRekey({ config: loadConfig(), stdout: process.stdout, stderr: process.stderr })
    .then((code) => process.exit(code))
    .catch((e: Error) => {
      process.stderr.write(`notebook rekey failed: ${e.message}\n`);
      process.exit(2);
    });
}
