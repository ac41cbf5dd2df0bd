/**
 * The webhook listener (node:http): POST <path> → grammY's webhookCallback, which checks the
 * X-Telegram-Bot-Api-Secret-Token header on every request (wrong or missing → 401) before reading the body.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webhookCallback, type Bot } from 'grammy';
import type { Logger } from '../../core/log.js';
import { explainListenError } from '../shared/index.js';
import { realRepeat } from '../../core/conversation/event-claims.js';
import { safeErrorInfo } from './errors.js';
import type { TelegramInbox } from './inbox.js';
import { type InboxClock, inboxHandler } from './webhook-inbox.js';

export interface WebhookServerOptions {
  bot: Bot;
  secretToken: string;
  path: string;
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  log: Logger;
  /** Answer Telegram after this long even if the update is still being handled (it resends slow updates). */
  answerWithinMs?: number;
  /** On close, requests still running after this long are cut off. */
  closeGraceMs?: number;
  /**
   * Set: each update is stored before the 200 and handled after it (./inbox.ts); records whose process
   * died are taken over by a sweep at start and every `sweepEveryMs` (default: half the inbox lease).
   */
  inbox?: TelegramInbox;
  inboxClock?: InboxClock;
  sweepEveryMs?: number;
}

export interface WebhookServer {
  server: Server;
  port: number;
  /** With an inbox: resolves once every update accepted so far was handled (tests, diagnostics). */
  settled(): Promise<void>;
  /** With an inbox: one sweep now (what the timer runs); resolves how many records it took over. */
  sweep(): Promise<number>;
  close(): Promise<void>;
}

export async function startWebhookServer(options: WebhookServerOptions): Promise<WebhookServer> {
  const { bot, secretToken, path, host, port, log, answerWithinMs = 8_000, closeGraceMs = 3_000, inbox } = options;
  const clock = options.inboxClock ?? { now: Date.now, repeat: realRepeat };
  const withInbox = inbox ? inboxHandler(bot, inbox, secretToken, log, clock) : null;
  const handle =
    withInbox ??
    webhookCallback(bot, 'http', {
      secretToken,
      onTimeout: 'return',
      timeoutMilliseconds: answerWithinMs,
    });
  let stopSweeps: () => void = () => undefined;
  if (inbox && withInbox) {
    const sweep = () =>
      withInbox.sweep().catch((err: unknown) => {
        log.warn({ err: safeErrorInfo(err) }, 'telegram: inbox sweep failed');
        return 0;
      });
    // Before listening: what a process that stopped had accepted and not finished, once its lease ran out.
    await sweep();
    stopSweeps = clock.repeat(sweep, options.sweepEveryMs ?? Math.max(1, Math.floor(inbox.leaseMs / 2)));
  }
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'GET' && pathname === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (pathname !== path) {
      res.writeHead(404).end();
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    handle(req, res).catch((err: unknown) => {
      log.error({ err: safeErrorInfo(err) }, 'telegram: webhook request failed');
      if (!res.headersSent) res.writeHead(err instanceof SyntaxError ? 400 : 500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    const fail = (err: Error) => reject(explainListenError(err, 'TELEGRAM_WEBHOOK_PORT', port));
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    server,
    port: address.port,
    settled: () => withInbox?.settled() ?? Promise.resolve(),
    sweep: () => withInbox?.sweep() ?? Promise.resolve(0),
    // Requests in flight get a short grace period; idle keep-alive connections go at once.
    close: () =>
      new Promise<void>((resolve) => {
        stopSweeps();
        const force = setTimeout(() => server.closeAllConnections(), closeGraceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
