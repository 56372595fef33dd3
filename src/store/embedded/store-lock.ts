import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/app-error';

// Folders locked by stores open in this process (the pid check alone cannot tell them apart).
const heldHere = new Set<string>();

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes `<dir>/LOCK` so a second writer (another instance, or a second store in this process) fails fast instead of corrupting files; stale locks of dead processes are taken over. Returns the release function. */
export function acquireStoreLock(dir: string): () => void {
  const file = path.join(dir, 'LOCK');
  const key = path.resolve(file);
  if (heldHere.has(key)) throw new AppError('UNAVAILABLE', `embedded store ${dir} is already open in this process`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      heldHere.add(key);
      return () => {
        heldHere.delete(key);
        fs.rmSync(file, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(fs.readFileSync(file, 'utf8').trim());
      if (pid && pid !== process.pid && alive(pid)) {
        throw new AppError('UNAVAILABLE', `embedded store ${dir} is in use by process ${pid}; several instances need MONGODB_URI`);
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new AppError('UNAVAILABLE', `could not lock embedded store ${dir}`);
}
