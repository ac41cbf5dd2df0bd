/**
 * Long polling that confirms an update to Telegram only once its handler has finished — for a check, once
 * its job is durably enqueued (or, without a queue, answered). Telegram forgets every update below the
 * `offset` of a getUpdates call; @grammyjs/runner's own fetcher moves the offset past each batch on its
 * next call, while that batch's handlers may still be downloading the file: a crash then lost the check.
 *
 * Here the offset stops at the oldest update still in hand. Redeliveries of updates in hand (or finished
 * above it) are skipped by id; new ones keep flowing to the runner's concurrent sink. While only
 * redeliveries come back (Telegram answers at once when unconfirmed updates exist), the next poll waits
 * for a handler to finish or `idleMs`, whichever is first. On stop with nothing in hand, the last offset
 * is confirmed, so a restart does not see those updates again.
 */
import { createConcurrentSink, createRunner, createSource, type RunnerHandle } from '@grammyjs/runner';
import { type Bot, BotError, GrammyError } from 'grammy';
import type { Update } from 'grammy/types';

export interface ConfirmedPollingOptions {
  timeoutSeconds: number;
  allowedUpdates: readonly string[];
  /** Pause between polls while only redeliveries of updates in hand come back. */
  idleMs?: number;
  /** Network trouble is retried (doubling from 100 ms, at most 30 s apart) for this long, then polling stops. */
  maxRetryMs?: number;
}

export interface ConfirmedPolling extends RunnerHandle {
  /** Update ids handed to handlers that have not finished (tests, diagnostics). */
  readonly inHand: ReadonlySet<number>;
}

/** grammY's own AbortSignal type (the runner hands it to the supplier). */
type Signal = NonNullable<Parameters<Bot['api']['getUpdates']>[1]>;

const wait = (ms: number, signal: Signal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

export function runConfirmedPolling(bot: Bot, options: ConfirmedPollingOptions): ConfirmedPolling {
  const { timeoutSeconds, allowedUpdates, idleMs = 250, maxRetryMs = 15 * 60_000 } = options;
  const inHand = new Set<number>();
  let highest = -1;
  let finished: () => void = () => undefined;
  let oneFinished = new Promise<void>((resolve) => {
    finished = resolve;
  });
  const offset = (): number => (inHand.size > 0 ? Math.min(...inHand) : highest + 1);

  async function getUpdates(limit: number, signal: Signal): Promise<Update[]> {
    const giveUpAt = Date.now() + maxRetryMs;
    let retryIn = 100;
    for (;;) {
      try {
        return await bot.api.getUpdates(
          // Grammy's type lists the update kinds; ours is the runtime's constant list.
          { offset: offset(), limit, timeout: timeoutSeconds, allowed_updates: allowedUpdates as ['message'] },
          signal,
        );
      } catch (err) {
        if (signal.aborted) throw err;
        // A bad token or another poller: no retry (the runtime reports it as fatal).
        if (err instanceof GrammyError && (err.error_code === 401 || err.error_code === 409)) throw err;
        const retryAfter = err instanceof GrammyError ? err.parameters.retry_after : undefined;
        const pause = retryAfter === undefined ? retryIn : retryAfter * 1000;
        if (Date.now() + pause > giveUpAt) throw err;
        await wait(pause, signal);
        retryIn = Math.min(retryIn * 2, 30_000);
      }
    }
  }

  const source = createSource({
    async supply(batchSize, signal) {
      await bot.init();
      for (;;) {
        const updates = await getUpdates(Math.max(1, Math.min(batchSize, 100)), signal);
        const fresh = updates.filter((u) => u.update_id > highest);
        if (fresh.length > 0) {
          for (const u of fresh) inHand.add(u.update_id);
          highest = Math.max(highest, ...fresh.map((u) => u.update_id));
          return fresh;
        }
        if (inHand.size > 0) await Promise.race([oneFinished, wait(idleMs, signal)]);
      }
    },
  });
  const sink = createConcurrentSink<Update, unknown>(
    {
      async consume(update) {
        try {
          await bot.handleUpdate(update);
        } finally {
          inHand.delete(update.update_id);
          finished();
          oneFinished = new Promise<void>((resolve) => {
            finished = resolve;
          });
        }
      },
    },
    async (error) => {
      // bot.handleUpdate rejects with a BotError only; the bot's handler logs it (no update content).
      if (error instanceof BotError) await Promise.resolve(bot.errorHandler(error)).catch(() => undefined);
    },
  );
  const runner = createRunner(source, sink);
  runner.start();
  return {
    ...runner,
    inHand,
    async stop() {
      await runner.stop();
      // Confirm what was handled, unless something is still in hand (a restart then gets it again).
      if (inHand.size === 0 && highest >= 0)
        await bot.api.getUpdates({ offset: highest + 1, limit: 1, timeout: 0 }).catch(() => undefined);
    },
  };
}
