import fs from 'node:fs';
import path from 'node:path';

/** Replaces `file` with `content` so a crash leaves the old or the new file, never a mix: temp file, fsync, rename, fsync of the folder. */
export async function replaceFileAtomically(file: string, content: string | Uint8Array): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  const h = await fs.promises.open(tmp, 'w');
  try {
    await (typeof content === 'string' ? h.write(content) : h.write(content));
    await h.sync();
  } finally {
    await h.close();
  }
  await fs.promises.rename(tmp, file);
  // The rename itself is durable only once the folder entry is flushed.
  await syncFolder(path.dirname(file));
}

/** fsync of a folder, so new or renamed entries in it survive a power loss. */
export async function syncFolder(dir: string): Promise<void> {
  const h = await fs.promises.open(dir, 'r');
  try {
    await h.sync();
  } finally {
    await h.close();
  }
}
