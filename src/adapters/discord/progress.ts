import type { Progress } from '../../core/conversation/types.js';
import type { Logger } from '../../core/log.js';
import { TYPING_REPEAT_MS } from './limits.js';
import { errorFacts } from './log-safe.js';

export interface Typable {
  sendTyping(): Promise<unknown>;
}

/** Tracks the progress indicators of one event so the adapter can stop them all when it is done. */
export class ProgressScope {
  private readonly open = new Set<Progress>();

  add(progress: Progress): Progress {
    this.open.add(progress);
    return progress;
  }

  remove(progress: Progress): void {
    this.open.delete(progress);
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.open].map((p) => p.done()));
  }
}

/**
 * Discord's typing indicator lasts about ten seconds, so it is repeated until `done()`. The first one is
 * awaited (the user sees it within a second); failures only cost the indicator.
 */
export async function startTyping(
  channel: Typable,
  scope: ProgressScope,
  log: Logger,
  repeatMs: number = TYPING_REPEAT_MS,
): Promise<Progress> {
  const type = (): Promise<void> =>
    channel.sendTyping().then(
      () => undefined,
      (err: unknown) => log.debug(errorFacts(err), 'discord typing failed'),
    );
  await type();
  const timer = setInterval(() => void type(), repeatMs);
  timer.unref();
  const progress: Progress = {
    async update(): Promise<void> {
      // Typing has no text to change.
    },
    async done(): Promise<void> {
      clearInterval(timer);
      scope.remove(progress);
    },
  };
  return scope.add(progress);
}

/** For contexts whose progress indicator is something else (a deferred interaction). */
export const NO_PROGRESS: Progress = {
  async update(): Promise<void> {},
  async done(): Promise<void> {},
};
