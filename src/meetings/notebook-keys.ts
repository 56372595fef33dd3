/** One notebook encryption key from configuration (NOTEBOOK_KEYS): an id stored with every sealed note, and 32 bytes. */
export interface NotebookKey {
  id: string;
  key: Buffer;
}

const ENTRY = /^([A-Za-z0-9_-]{1,32}):([A-Za-z0-9+/]{43}=)$/;

/**
 * Parses NOTEBOOK_KEYS: comma-separated `id:base64` entries of 32 random bytes, the current key first and older keys
 * after it (kept only until `npm run notebook:rekey` has moved every note to the current one). Throws naming the entry.
 */
export function parseNotebookKeys(entries: string[]): NotebookKey[] {
  const keys: NotebookKey[] = [];
  for (const entry of entries) {
    const m = ENTRY.exec(entry);
    const key = m ? Buffer.from(m[2], 'base64') : undefined;
    if (!m || !key || key.length !== 32) throw new Error(`"${entry.split(':')[0]}:…" is not id:base64 of 32 bytes`);
    if (keys.some((k) => k.id === m[1])) throw new Error(`key id "${m[1]}" appears twice`);
    keys.push({ id: m[1], key });
  }
  return keys;
}
