/**
 * Channels of checks accepted by THIS process, by job id, so a worker in the same process answers on the
 * very channel the event came with (and stops its progress indicator) instead of reopening it by address.
 * An entry that another process's worker took is dropped after `maxAgeMs`, its progress stopped then.
 */
import type { Progress, ReplyChannel } from '../conversation/types.js';

interface Entry {
  channel: ReplyChannel;
  progress: Progress | null;
  at: number;
}

export class LiveChannels {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxAgeMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  put(jobId: string, channel: ReplyChannel, progress: Progress | null): void {
    this.sweep();
    this.entries.set(jobId, { channel, progress, at: this.now() });
  }

  channel(jobId: string): ReplyChannel | null {
    return this.entries.get(jobId)?.channel ?? null;
  }

  /** The progress indicator, handed out once: the first attempt stops it, a retry shows its own. */
  takeProgress(jobId: string): Progress | null {
    const entry = this.entries.get(jobId);
    if (!entry) return null;
    const { progress } = entry;
    entry.progress = null;
    return progress;
  }

  /** The job is finished here (answered, apologised or refused). */
  drop(jobId: string): void {
    const entry = this.entries.get(jobId);
    this.entries.delete(jobId);
    void entry?.progress?.done().catch(() => undefined);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Stops the progress of every entry left (shutdown). */
  async clear(): Promise<void> {
    const left = [...this.entries.values()];
    this.entries.clear();
    await Promise.all(left.map((e) => e.progress?.done().catch(() => undefined)));
  }

  private sweep(): void {
    const cutoff = this.now() - this.maxAgeMs;
    for (const [id, entry] of this.entries) if (entry.at < cutoff) this.drop(id);
  }
}
