/**
 * The real Bolt app (createSlackBot) + the real engine (memory store, fake analyzer) against the fake
 * Slack. One harness per test file; tests use distinct users and channels so they do not interfere.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { ConversationStore, createEngine, openStore, type Analyzer } from '../../../src/core/conversation/index.js';
import type { Engine } from '../../../src/core/conversation/types.js';
import { createSlackBot, type SlackBot } from '../../../src/adapters/slack/app.js';
import type { SlackConfig } from '../../../src/adapters/slack/config.js';
import { fakeAnalyzer } from './analyzer.js';
import { BOT_TOKEN, startFakeSlack, type FakeSlack } from './fake-slack.js';
import { SIGNING_SECRET } from './signed.js';
import { COMMANDS } from '../../../src/commands/index.js';

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface Harness {
  fake: FakeSlack;
  bot: SlackBot;
  engine: Engine;
  /** http://127.0.0.1:PORT/slack/events (HTTP mode). */
  eventsUrl: string;
  logs: LogLine[];
  waitForLog(predicate: (line: LogLine) => boolean): Promise<LogLine>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  mode?: 'http' | 'socket';
  analyzer?: Analyzer;
  /** Web client retries (429 tests need at least one). */
  retries?: number;
  /** How long waits on the fake may take (the real checker is slower on a loaded machine). */
  waitMs?: number;
}

export async function startHarness({
  mode = 'http',
  analyzer = fakeAnalyzer(),
  retries = 1,
  waitMs = 10_000,
}: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeSlack({ waitMs });
  const logs: LogLine[] = [];
  const waiters = new Set<() => void>();
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logs.push(JSON.parse(line) as LogLine);
      for (const waiter of [...waiters]) waiter();
      done();
    },
  });
  const log = pino({ level: 'debug' }, stream);
  const store = new ConversationStore(await openStore('memory://'));
  const engine = createEngine({ store, analyzer, commands: COMMANDS });
  const config: SlackConfig = {
    botToken: BOT_TOKEN,
    apiUrl: fake.apiUrl,
    mode:
      mode === 'socket'
        ? { kind: 'socket', appToken: 'xapp-test-token' }
        : { kind: 'http', signingSecret: SIGNING_SECRET, port: 0 },
  };
  const bot = createSlackBot({
    engine,
    config,
    log,
    webClient: { retryConfig: { retries, minTimeout: 0, maxTimeout: 0, factor: 1 }, timeout: 5_000 },
    listen: { port: 0, host: '127.0.0.1' },
    drainMs: 5_000,
  });
  await bot.start();
  return {
    fake,
    bot,
    engine,
    eventsUrl: `http://127.0.0.1:${bot.port() ?? 0}/slack/events`,
    logs,
    waitForLog(predicate) {
      return new Promise((resolve, reject) => {
        let timer: NodeJS.Timeout | undefined;
        const check = (): boolean => {
          const found = logs.find(predicate);
          if (found === undefined) return false;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(found);
          return true;
        };
        const waiter = (): void => void check();
        if (check()) return;
        timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error('timed out waiting for a log line'));
        }, waitMs);
        waiters.add(waiter);
      });
    },
    async stop() {
      await bot.stop();
      await fake.close();
    },
  };
}
