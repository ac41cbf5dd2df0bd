/**
 * Peak resident memory: this process plus its child processes (the extraction workers), sampled
 * from /proc on Linux; elsewhere only this process's own peak (process.resourceUsage().maxRSS).
 */
import { readFileSync, readdirSync } from 'node:fs';

function rssKbOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+)\s+kB/u.exec(status);
    return m?.[1] !== undefined ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function childPids(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
      try {
        return readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8')
          .trim()
          .split(/\s+/u)
          .filter((s) => s.length > 0)
          .map(Number);
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

export interface MemorySampler {
  stop(): { peakMainMb: number; peakTotalMb: number | null };
}

export function sampleMemory(everyMs = 20): MemorySampler {
  const linux = process.platform === 'linux';
  let peakTotalKb = 0;
  const tick = (): void => {
    if (!linux) return;
    const total = rssKbOf(process.pid) + childPids(process.pid).reduce((sum, pid) => sum + rssKbOf(pid), 0);
    peakTotalKb = Math.max(peakTotalKb, total);
  };
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      tick();
      return { peakMainMb: process.resourceUsage().maxRSS / 1024, peakTotalMb: linux ? peakTotalKb / 1024 : null };
    },
  };
}
