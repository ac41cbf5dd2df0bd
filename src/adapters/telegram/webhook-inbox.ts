/**
 * The webhook request handler with an inbox (./inbox.ts): checks the secret header, reads the body, stores
 * the update, answers 200 at once, then hands the update to the bot (renewing its lease on the record while
 * the handler runs) and deletes its record when the handler finished. The ack path only parses the JSON and
 * checks update_id: no handling before the answer. `sweep` takes over records of processes that died.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { realRepeat, type Repeat } from '../../core/conversation/event-claims.js';
import type { Logger } from '../../core/log.js';
import { safeErrorInfo } from './errors.js';
import { type InboxClaim, parseInboxUpdate, type InboxUpdate, type TelegramInbox } from './inbox.js';

/** Records taken over per sweep (the rest wait for the next one). */
const SWEEP_BATCH = 50;

/** The inbox's clock and renewal timer (tests pass a fake clock and a manual timer). */
export interface InboxClock {
  now: () => number;
  repeat: Repeat;
}

/** Telegram's updates are small (a file is a reference); a bigger body is not one of them. */
const MAX_BODY_BYTES = 1_000_000;

function secretMatches(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export interface InboxHandler {
  (req: IncomingMessage, res: ServerResponse): Promise<void>;
  /**
   * Takes over (and hands to the bot) the records whose lease ran out: those of a process that died, or
   * of an earlier run of this one. Resolves how many it took; at most one batch per call.
   */
  sweep(): Promise<number>;
  /** Resolves once every update handed over so far has finished (tests, diagnostics). */
  settled(): Promise<void>;
}

export function inboxHandler(
  bot: Bot,
  inbox: TelegramInbox,
  secretToken: string,
  log: Logger,
  clock: InboxClock = { now: Date.now, repeat: realRepeat },
): InboxHandler {
  const running = new Set<Promise<void>>();
  function handle(update: InboxUpdate, claim: InboxClaim): Promise<void> {
    const run = handleOnce(update, claim).finally(() => running.delete(run));
    running.add(run);
    return run;
  }
  async function handleOnce(update: InboxUpdate, claim: InboxClaim): Promise<void> {
    const renewEvery = Math.max(1, Math.floor(inbox.leaseMs / 3));
    const stop = clock.repeat(() => inbox.renew(claim, clock.now()).catch(() => false), renewEvery);
    try {
      // The record holds what Telegram sent; grammY reads it as an Update.
      await bot.handleUpdate(update as unknown as Update);
    } catch (err) {
      // The bot's error boundary logs handler failures; this is what got past it (no update content).
      log.error({ updateId: update.update_id, err: safeErrorInfo(err) }, 'telegram: webhook update failed');
    } finally {
      stop();
    }
    await inbox.finish(claim, clock.now()).catch((err: unknown) => {
      // Left in the store: it comes due after its lease, and the engine's handled mark stops a second answer.
      log.warn({ updateId: update.update_id, err: safeErrorInfo(err) }, 'telegram: inbox record not deleted');
    });
  }
  async function sweep(): Promise<number> {
    const due = await inbox.takeDue(clock.now(), SWEEP_BATCH);
    if (due.length > 0) log.info({ updates: due.length }, 'telegram: taking over webhook updates left unhandled');
    for (const { update, claim } of due) void handle(update, claim);
    return due.length;
  }

  const onRequest = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!secretMatches(req.headers['x-telegram-bot-api-secret-token'], secretToken)) {
      res.writeHead(401).end();
      return;
    }
    const body = await readBody(req);
    if (body === null) {
      res.writeHead(413).end();
      return;
    }
    let update: InboxUpdate | null = null;
    try {
      update = parseInboxUpdate(JSON.parse(body));
    } catch {
      update = null;
    }
    if (update === null) {
      res.writeHead(400).end();
      return;
    }
    // A store failure rejects here: no 200, so Telegram sends the update again later.
    const claim = await inbox.accept(update, clock.now());
    res.writeHead(200).end();
    if (!claim) {
      log.info({ updateId: update.update_id }, 'telegram: update already in hand');
      return;
    }
    void handle(update, claim);
  };
  const settled = async (): Promise<void> => {
    while (running.size > 0) await Promise.all([...running]);
  };
  return Object.assign(onRequest, { sweep, settled });
}
