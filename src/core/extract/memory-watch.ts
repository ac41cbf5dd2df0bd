import { readFile } from 'node:fs/promises';

const POLL_MS = 50;

/** Resident set size of a process, from /proc (Linux). Null where that is not available. */
async function residentBytes(pid: number): Promise<number | null> {
  try {
    const statm = await readFile(`/proc/${pid}/statm`, 'utf8');
    const pages = Number(statm.split(' ')[1]);
    return Number.isFinite(pages) ? pages * 4096 : null;
  } catch {
    return null;
  }
}

/**
 * Polls a child's resident memory while it works and calls `onExceeded` once it passes the limit. This is the
 * cap that covers ArrayBuffers (inflated streams), which --max-old-space-size does not. Returns a stop
 * function. A no-op off Linux, where the time limit alone applies.
 */
export function watchMemory(pid: number | undefined, limitBytes: number, onExceeded: () => void): () => void {
  if (process.platform !== 'linux' || pid === undefined) return () => undefined;
  let stopped = false;
  const timer = setInterval(() => {
    void residentBytes(pid).then((bytes) => {
      if (!stopped && bytes !== null && bytes > limitBytes) {
        stopped = true;
        onExceeded();
      }
    });
  }, POLL_MS);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
