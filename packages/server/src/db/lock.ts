/**
 * A lock file on the embedded database's folder. PGlite does nothing to stop two processes from
 * opening one data folder, and two writers corrupt it; so the first process writes its pid to
 * `balanse.lock`, and a second one is refused while that process lives. A lock left by a process
 * that died (a crash, `kill -9`) is taken over.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
}

export const LOCK_FILE = 'balanse.lock';

function alive(pid: number): boolean {
  if (pid === process.pid) return false; // our own pid in an old lock: a restarted container
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock on `dir` (which must exist); returns the function that releases it. */
export function lockDataDir(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, host: hostname() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, mine);
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(path, 'utf8') === mine) unlinkSync(path);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder: { pid?: number; host?: string } = {};
      try {
        holder = JSON.parse(readFileSync(path, 'utf8')) as typeof holder;
      } catch {
        // Unreadable: a process died while writing it, or it was just released.
      }
      const sameHost = holder.host === undefined || holder.host === hostname();
      if (typeof holder.pid === 'number' && (!sameHost || alive(holder.pid))) {
        throw new DataDirLockedError(
          `The embedded database in ${dir} is in use by another process (pid ${holder.pid}` +
            `${sameHost ? '' : ` on ${holder.host}`}). Two processes on one embedded database would corrupt it: ` +
            'stop the other one, use another BALANSE_DATA_DIR, or use PostgreSQL (DATABASE_URL) to run several instances.',
        );
      }
      try {
        unlinkSync(path); // stale: its process is gone
      } catch {
        // Someone else removed it first; try again.
      }
    }
  }
  throw new DataDirLockedError(`Could not take the lock ${path}: another process keeps taking it.`);
}
