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
import { kvInstallationStore } from '../../../src/adapters/slack/installations.js';
import { SLACK_BOT_SCOPES } from '../../../src/adapters/slack/scopes.js';
import type { KeyValueStore } from '../../../src/core/conversation/store/kv-types.js';
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
  /** The store behind the engine (and the OAuth installations). */
  kv: KeyValueStore;
  /** http://127.0.0.1:PORT/slack/events (HTTP mode). */
  eventsUrl: string;
  /** http://127.0.0.1:PORT (the install and redirect paths hang off it). */
  baseUrl: string;
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
  /** Workspaces install the app through OAuth (no SLACK_BOT_TOKEN; installations in the memory store). */
  oauth?: boolean;
}

export const OAUTH = {
  clientId: '1111.2222',
  clientSecret: 'test-client-secret-0123456789',
  stateSecret: 'test-state-secret-0123456789',
  installationSecret: 'test-installation-secret-0123456789',
};

export async function startHarness({
  mode = 'http',
  analyzer = fakeAnalyzer(),
  retries = 1,
  waitMs = 10_000,
  oauth = false,
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
  const kv = await openStore('memory://');
  const store = new ConversationStore(kv);
  const engine = createEngine({ store, analyzer, commands: COMMANDS });
  const config: SlackConfig = {
    botToken: oauth ? null : BOT_TOKEN,
    oauth: oauth ? { ...OAUTH, scopes: SLACK_BOT_SCOPES, redirectUri: null } : null,
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
    installations: oauth ? kvInstallationStore(kv, OAUTH.installationSecret) : null,
    webClient: { retryConfig: { retries, minTimeout: 0, maxTimeout: 0, factor: 1 }, timeout: 5_000 },
    listen: { port: 0, host: '127.0.0.1' },
    drainMs: 5_000,
  });
  await bot.start();
  return {
    fake,
    bot,
    engine,
    kv,
    eventsUrl: `http://127.0.0.1:${bot.port() ?? 0}/slack/events`,
    baseUrl: `http://127.0.0.1:${bot.port() ?? 0}`,
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
