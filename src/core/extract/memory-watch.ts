import { closeSync, openSync, readSync } from 'node:fs';

const POLL_MS = 50;

/**
 * Reads a process's resident set size from /proc/<pid>/statm (Linux) through one descriptor kept open while
 * the watch runs: a positioned read of a proc file is a single cheap syscall on the caller's thread, where
 * an fs.promises readFile per poll cost an open, fstat, read and close through libuv's pool 20 times a
 * second per running job. Null when it cannot be read (the process exited).
 */
function statmReader(pid: number): { read(): number | null; close(): void } {
  let fd: number | null = null;
  const buffer = Buffer.alloc(128);
  return {
    read() {
      try {
        fd ??= openSync(`/proc/${pid}/statm`, 'r');
        const length = readSync(fd, buffer, 0, buffer.length, 0);
        const pages = Number(buffer.toString('latin1', 0, length).split(' ')[1]);
        return Number.isFinite(pages) ? pages * 4096 : null;
      } catch {
        return null;
      }
    },
    close() {
      if (fd === null) return;
      try {
        closeSync(fd);
      } catch {
        // already gone
      }
      fd = null;
    },
  };
}

/**
 * Polls a child's resident memory while it works and calls `onExceeded` once it passes the limit. This is the
 * cap that covers ArrayBuffers (inflated streams), which --max-old-space-size does not. Returns a stop
 * function. A no-op off Linux, where the time limit alone applies.
 */
export function watchMemory(pid: number | undefined, limitBytes: number, onExceeded: () => void): () => void {
  if (process.platform !== 'linux' || pid === undefined) return () => undefined;
  const statm = statmReader(pid);
  let stopped = false;
  const stop = () => {
    stopped = true;
    clearInterval(timer);
    statm.close();
  };
  const timer = setInterval(() => {
    const bytes = statm.read();
    if (!stopped && bytes !== null && bytes > limitBytes) {
      stop();
      onExceeded();
    }
  }, POLL_MS);
  return stop;
}
