/**
 * The webhook request handler with an inbox (./inbox.ts): checks the secret header, reads the body, stores
 * the update, answers 200 at once, then hands the update to the bot and deletes its record when the handler
 * finished. The ack path only parses the JSON and checks update_id: no handling before the answer.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from '../../core/log.js';
import { safeErrorInfo } from './errors.js';
import { parseInboxUpdate, type InboxUpdate, type TelegramInbox } from './inbox.js';

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
  /** Hands an update to the bot and deletes its record once the handler finished (replay uses it too). */
  handle(update: InboxUpdate): Promise<void>;
  /** Resolves once every update handed over so far has finished (tests, diagnostics). */
  settled(): Promise<void>;
}

export function inboxHandler(bot: Bot, inbox: TelegramInbox, secretToken: string, log: Logger): InboxHandler {
  const running = new Set<Promise<void>>();
  function handle(update: InboxUpdate): Promise<void> {
    const run = handleOnce(update).finally(() => running.delete(run));
    running.add(run);
    return run;
  }
  async function handleOnce(update: InboxUpdate): Promise<void> {
    try {
      // The record holds what Telegram sent; grammY reads it as an Update.
      await bot.handleUpdate(update as unknown as Update);
    } catch (err) {
      // The bot's error boundary logs handler failures; this is what got past it (no update content).
      log.error({ updateId: update.update_id, err: safeErrorInfo(err) }, 'telegram: webhook update failed');
    }
    await inbox.done(update.update_id).catch((err: unknown) => {
      // Left in the store: the next start replays it, and the engine's seen mark stops a second answer.
      log.warn({ updateId: update.update_id, err: safeErrorInfo(err) }, 'telegram: inbox record not deleted');
    });
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
    const fresh = await inbox.accept(update);
    res.writeHead(200).end();
    if (!fresh) {
      log.info({ updateId: update.update_id }, 'telegram: update already in the inbox');
      return;
    }
    void handle(update);
  };
  const settled = async (): Promise<void> => {
    while (running.size > 0) await Promise.all([...running]);
  };
  return Object.assign(onRequest, { handle, settled });
}
