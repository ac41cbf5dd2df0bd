/**
 * The Slack adapter: a Bolt app (HTTP mode, or Socket Mode when an app token is set) whose listeners turn
 * each event into one CoreEvent + one ReplyChannel and hand them to the engine.
 *
 * Reliability: Bolt acknowledges Events API requests before a listener runs, and our command listeners
 * call ack() first, so slow work never makes Slack retry. Retries that still arrive (same event_id) are
 * dropped here, and the engine de-duplicates again by CoreEvent.id through its shared store.
 */
import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { App, type Context, HTTPReceiver, type HTTPReceiverOptions, SocketModeReceiver, webApi } from '@slack/bolt';
import { z } from 'zod';
import { isPastedResume } from '../../core/conversation/classify-text.js';
import type { CoreEvent, Engine, PlatformRuntime, ReplyChannel } from '../../core/conversation/types.js';
import type { Logger } from '../../core/log.js';
import { CodedError, isCodedError } from '../../core/errors.js';
import { explainListenError, RecentIds } from '../shared/index.js';
import { slackErrorCode, webClientApi, type SlackApi } from './api.js';
import { boltLogger } from './bolt-logger.js';
import { createReplyChannel, type SlackTarget } from './channel.js';
import {
  DEFAULT_SLACK_PORT,
  SLACK_INSTALL_PATH,
  SLACK_REDIRECT_PATH,
  type SlackConfig,
  type SlackOAuthConfig,
} from './config.js';
import {
  isDmCommand,
  mapAppMention,
  mapMessageEvent,
  mapSlashCommand,
  parseResumeCommand,
  slashCommandSchema,
  type MapContext,
  type SlashCommand,
} from './events.js';
import { toIncomingFile } from './files.js';
import type { SlackInstallations, SlackTeam } from './installations.js';
import type { PostRetry } from './post-once.js';
import { slackTextToPlain } from './mrkdwn.js';
import { checkPrompt, checkStarted, notInChannel } from './prompts.js';
import type { SlackMessage } from './render.js';

export interface SlackBotOptions {
  engine: Engine;
  config: SlackConfig;
  log: Logger;
  /**
   * Web client tuning. Production: five retries within about five minutes (429s wait for Retry-After) and
   * a 20 s timeout per call; the library's default (ten retries over half an hour, no timeout) would leave
   * a user waiting long after they gave up.
   */
  webClient?: { retryConfig?: webApi.RetryOptions; timeout?: number };
  /** Where OAuth installations are kept (required when config.oauth is set). */
  installations?: SlackInstallations | null;
  /** Where the HTTP receiver listens (HTTP mode). Default: all interfaces on config's port. */
  listen?: { port: number; host?: string };
  /** Slash command names as configured in the manifest. */
  commands?: { check: string; resume: string };
  /** File download timeout. */
  downloadTimeoutMs?: number;
  /** How long stop() waits for replies already under way. */
  drainMs?: number;
}

export interface SlackBot extends PlatformRuntime {
  readonly app: App;
  /** The HTTP port actually bound (HTTP mode, after start), else null. */
  port(): number | null;
  /** Resolves when no event is being handled. */
  idle(): Promise<void>;
}

const DEFAULT_RETRY: webApi.RetryOptions = { retries: 5, factor: 1.96, randomize: true };
const eventEnvelopeSchema = z.object({ event_id: z.string() });
const GENERIC_FAILURE = {
  kind: 'error' as const,
  title: 'Something went wrong',
  tone: 'info' as const,
  blocks: [{ type: 'paragraph' as const, text: "Sorry — I couldn't finish that. Please try again in a minute." }],
  private: true,
};

export function createSlackBot({
  engine,
  config,
  log,
  installations = null,
  webClient = {},
  listen,
  commands = { check: '/check', resume: '/resume' },
  downloadTimeoutMs = 30_000,
  drainMs = 10_000,
}: SlackBotOptions): SlackBot {
  const logger = boltLogger(log);
  const clientOptions: webApi.WebClientOptions = {
    slackApiUrl: config.apiUrl,
    retryConfig: webClient.retryConfig ?? DEFAULT_RETRY,
    timeout: webClient.timeout ?? 20_000,
  };
  if (config.oauth !== null && installations === null)
    throw new CodedError('misconfigured', 'Slack OAuth installs need an installation store.');
  const receiver =
    config.mode.kind === 'socket'
      ? new SocketModeReceiver({ appToken: config.mode.appToken, logger, installerOptions: { clientOptions } })
      : new HTTPReceiver({
          signingSecret: config.mode.signingSecret,
          endpoints: '/slack/events',
          logger,
          signatureVerification: true,
          ...(config.oauth !== null && installations !== null
            ? oauthOptions(config.oauth, installations, clientOptions)
            : {}),
        });
  const app = new App({
    ...(config.botToken === null ? {} : { token: config.botToken }),
    receiver,
    socketMode: config.mode.kind === 'socket',
    clientOptions,
    logger,
    convoStore: false,
    deferInitialization: true,
  });
  const seenEvents = new RecentIds({ ttlMs: 60 * 60 * 1000 });
  const botThreads = new RecentIds({ ttlMs: 7 * 24 * 60 * 60 * 1000, maxEntries: 50_000 });
  const inflight = new Set<Promise<void>>();
  let server: Server | null = null;
  // Socket Mode: up from Slack's hello until the socket closes (the client reconnects by itself).
  let socketUp = false;
  if (receiver instanceof SocketModeReceiver) {
    receiver.client.on('connected', () => {
      socketUp = true;
      log.info('slack: socket connected');
    });
    for (const down of ['close', 'disconnected', 'reconnecting'])
      receiver.client.on(down, () => {
        if (socketUp) log.warn({ state: down }, 'slack: socket lost');
        socketUp = false;
      });
  }

  /**
   * What one event's replies go through: the web client Bolt made for the event's workspace (its token
   * comes from authorize: SLACK_BOT_TOKEN, or that workspace's installation), and which workspace it is.
   */
  interface Workspace {
    api: SlackApi;
    botToken: string;
    /** null with one workspace (a queued check's address then needs no team). */
    team: SlackTeam | null;
  }
  const apis = new WeakMap<webApi.WebClient, SlackApi>();
  // Per bot token: a client for chat.postMessage that never retries by itself (post-once.ts retries,
  // looking for the post's marker first); Bolt's client (with retries) for the idempotent calls.
  const posters = new Map<string, webApi.WebClient>();
  const posterFor = (token: string): webApi.WebClient => {
    let poster = posters.get(token);
    if (poster === undefined) {
      poster = new webApi.WebClient(token, {
        ...clientOptions,
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        logger,
      });
      posters.set(token, poster);
    }
    return poster;
  };
  const postRetry: PostRetry = {
    attempts: clientOptions.retryConfig?.retries ?? 5,
    backoffMs: clientOptions.retryConfig?.minTimeout ?? 1_000,
  };
  function workspaceOf(client: webApi.WebClient, context: Context): Workspace {
    let api = apis.get(client);
    if (api === undefined) {
      api = webClientApi(client, client.token === undefined ? client : posterFor(client.token));
      apis.set(client, api);
    }
    const team: SlackTeam | null =
      installations === null
        ? null
        : {
            teamId: context.teamId ?? null,
            enterpriseId: context.enterpriseId ?? null,
            isEnterpriseInstall: context.isEnterpriseInstall === true,
          };
    return { api, botToken: context.botToken ?? config.botToken ?? '', team };
  }

  function channelDeps(ws: Workspace) {
    return {
      api: ws.api,
      log,
      postRetry,
      onTopLevelPost: (channel: string, ts: string) => botThreads.add(`${channel}:${ts}`),
    };
  }

  function mapContext(eventId: string, ws: Workspace, botUserId: string | undefined): MapContext {
    return {
      eventId,
      botUserId: botUserId ?? null,
      toFile: (file) =>
        toIncomingFile(file, {
          botToken: ws.botToken,
          fileInfo: (id) => ws.api.fileInfo(id),
          timeoutMs: downloadTimeoutMs,
        }),
      isBotThread: (channel, threadTs) => botThreads.has(`${channel}:${threadTs}`),
    };
  }

  /** Keeps `work` in the in-flight set (for idle() and a draining stop()); never rejects. */
  function track(work: Promise<void>): Promise<void> {
    const task = work.catch((err: unknown) => {
      log.error(
        { code: isCodedError(err) ? err.code : 'internal', errName: err instanceof Error ? err.name : 'unknown' },
        'slack: listener failed',
      );
    });
    inflight.add(task);
    void task.finally(() => inflight.delete(task));
    return task;
  }

  /** Runs the engine for one event. The engine never throws; if it did, the user still hears back. */
  function run(event: CoreEvent, channel: ReplyChannel): Promise<void> {
    return track(
      engine.handle(event, channel).catch(async (err: unknown) => {
        log.error({ code: isCodedError(err) ? err.code : 'internal', eventId: event.id }, 'slack: engine failed');
        await channel.sendPrivate(GENERIC_FAILURE);
      }),
    );
  }

  function respondVia(
    respond: (msg: { response_type: 'ephemeral'; text: string; blocks: SlackMessage['blocks'] }) => Promise<unknown>,
  ) {
    return async (message: SlackMessage): Promise<void> => {
      await respond({ response_type: 'ephemeral', text: message.text, blocks: message.blocks });
    };
  }

  // Drop redeliveries of an Events API event this process has already taken.
  app.use(async ({ body, context, next }) => {
    const envelope = eventEnvelopeSchema.safeParse(body);
    if (envelope.success && !seenEvents.firstSeen(envelope.data.event_id)) {
      log.info(
        { eventId: envelope.data.event_id, retryNum: context.retryNum ?? null },
        'slack: duplicate event dropped',
      );
      return;
    }
    await next();
  });

  /** Runs the engine for a mapped Events API event, replying in the event's channel and thread. */
  function runEvent(core: CoreEvent | null, ws: Workspace): Promise<void> {
    if (core === null) return Promise.resolve();
    const target: SlackTarget = {
      channel: core.conversation.id,
      user: core.user.id,
      threadTs: core.threadId,
      isDm: core.conversation.kind === 'dm',
      privateOnly: false,
      respond: null,
      team: ws.team,
    };
    return run(core, createReplyChannel(target, channelDeps(ws)));
  }

  const eventIdOf = (body: unknown): string => eventEnvelopeSchema.safeParse(body).data?.event_id ?? randomUUID();

  app.event('message', async ({ event, body, context, client }) => {
    const ws = workspaceOf(client, context);
    await runEvent(mapMessageEvent(event, mapContext(eventIdOf(body), ws, context.botUserId)), ws);
  });

  app.event('app_mention', async ({ event, body, context, client }) => {
    const ws = workspaceOf(client, context);
    await runEvent(mapAppMention(event, mapContext(eventIdOf(body), ws, context.botUserId)), ws);
  });

  // OAuth installs: a workspace that uninstalls the app (or revokes its bot token) is forgotten at once.
  if (installations !== null) {
    const forgetInstall = async (context: Context, why: string): Promise<void> => {
      await installations.deleteInstallation({
        teamId: context.teamId,
        enterpriseId: context.enterpriseId,
        isEnterpriseInstall: context.isEnterpriseInstall === true,
      });
      log.info({ teamId: context.teamId ?? null, why }, 'slack: installation deleted');
    };
    app.event('app_uninstalled', async ({ context }) => {
      await track(forgetInstall(context, 'app_uninstalled'));
    });
    app.event('tokens_revoked', async ({ event, context }) => {
      if ((event.tokens.bot ?? []).length > 0) await track(forgetInstall(context, 'tokens_revoked'));
    });
  }

  /** `/check`: in a channel, open a thread for the file (slash commands carry no files). */
  async function startCheck(
    cmd: SlashCommand,
    respond: (m: SlackMessage) => Promise<void>,
    ws: Workspace,
  ): Promise<void> {
    // A few words ("/check my cv please") are not a pasted resume: ask for the file instead.
    const args = isPastedResume(cmd.text) ? cmd.text.trim() : '';
    const eventId = `cmd:${cmd.trigger_id ?? randomUUID()}`;
    const dm = isDmCommand(cmd);
    const base: SlackTarget = {
      channel: cmd.channel_id,
      user: cmd.user_id,
      threadTs: null,
      isDm: dm,
      privateOnly: false,
      respond,
      team: ws.team,
    };
    if (dm) {
      // In a DM the engine decides: pasted text, else the last file sent here, else it asks for one.
      await run(
        mapSlashCommand(cmd, { name: 'check', args }, { eventId, threadId: null }),
        createReplyChannel(base, channelDeps(ws)),
      );
      return;
    }
    const ts = await postOrExplain(
      ws.api,
      cmd.channel_id,
      args === '' ? checkPrompt(cmd.user_id) : checkStarted(cmd.user_id),
      respond,
    );
    if (ts === null) return;
    botThreads.add(`${cmd.channel_id}:${ts}`);
    if (args === '') return;
    const threaded = createReplyChannel({ ...base, threadTs: ts }, channelDeps(ws));
    await run(mapSlashCommand(cmd, { name: 'check', args }, { eventId, threadId: ts }), threaded);
  }

  /** Posts an adapter message at the top level; if the bot may not post there, explains why (ephemerally). */
  async function postOrExplain(
    api: SlackApi,
    channel: string,
    message: SlackMessage,
    respond: (m: SlackMessage) => Promise<void>,
  ): Promise<string | null> {
    try {
      return await api.postMessage({ channel, threadTs: null, message });
    } catch (err) {
      log.warn({ code: slackErrorCode(err) }, 'slack: could not post in channel');
      await respond(notInChannel(channel.startsWith('D'))).catch(() => {});
      return null;
    }
  }

  /** The command payload, with its text decoded from Slack's encoding (&amp; … and <links|labels>). */
  function parseCommand(command: unknown): SlashCommand | null {
    const parsed = slashCommandSchema.safeParse(command);
    return parsed.success ? { ...parsed.data, text: slackTextToPlain(parsed.data.text) } : null;
  }

  app.command(commands.check, async ({ command, ack, respond, client, context }) => {
    await ack();
    const cmd = parseCommand(command);
    if (cmd === null) return;
    await track(startCheck(cmd, respondVia(respond), workspaceOf(client, context)));
  });

  app.command(commands.resume, async ({ command, ack, respond, client, context }) => {
    await ack();
    const cmd = parseCommand(command);
    if (cmd === null) return;
    await track(resumeCommand(cmd, respondVia(respond), workspaceOf(client, context)));
  });

  /** `/resume <subcommand> [args]` (see parseResumeCommand). */
  async function resumeCommand(
    cmd: SlashCommand,
    respond: (m: SlackMessage) => Promise<void>,
    ws: Workspace,
  ): Promise<void> {
    const sub = parseResumeCommand(
      cmd.text,
      engine.commands.map((c) => c.name),
    );
    if (sub.name === 'check') {
      await startCheck({ ...cmd, text: sub.args }, respond, ws);
      return;
    }
    const dm = isDmCommand(cmd);
    // A slash command is seen by the requester alone: outside a DM its answers are private too.
    const target: SlackTarget = {
      channel: cmd.channel_id,
      user: cmd.user_id,
      threadTs: null,
      isDm: dm,
      privateOnly: !dm,
      respond,
      team: ws.team,
    };
    const eventId = `cmd:${cmd.trigger_id ?? randomUUID()}`;
    await run(
      mapSlashCommand(cmd, { ...sub, private: !dm }, { eventId, threadId: null }),
      createReplyChannel(target, channelDeps(ws)),
    );
  }

  app.error(async (err) => {
    log.warn({ code: err.code ?? null, name: err.name }, 'slack: listener error');
  });

  const port = (): number | null => {
    const address = server?.address();
    return typeof address === 'object' && address !== null ? address.port : null;
  };

  return {
    platform: 'slack',
    app,
    port,
    connected: () => (receiver instanceof HTTPReceiver ? server?.listening === true : socketUp),
    idle: async () => {
      while (inflight.size > 0) await Promise.allSettled([...inflight]);
    },
    async start() {
      await app.init();
      if (receiver instanceof HTTPReceiver) {
        const bound = listen ?? { port: config.mode.kind === 'http' ? config.mode.port : DEFAULT_SLACK_PORT };
        server = await receiver.start(bound).catch((err: unknown) => {
          throw explainListenError(err, 'SLACK_PORT', bound.port);
        });
        log.info(
          {
            mode: 'http',
            port: port(),
            path: '/slack/events',
            oauth: config.oauth === null ? null : SLACK_INSTALL_PATH,
          },
          'slack: listening',
        );
      } else {
        await receiver.start();
        log.info({ mode: 'socket' }, 'slack: connected');
      }
    },
    async stop() {
      if (receiver instanceof HTTPReceiver) {
        if (server !== null) {
          await receiver.stop();
          server = null;
        }
      } else {
        // receiver.stop() resolves before the socket closes; wait for the disconnect itself.
        await receiver.client.disconnect();
      }
      await drain(inflight, drainMs);
    },
  };
}

async function drain(inflight: Set<Promise<void>>, ms: number): Promise<void> {
  if (inflight.size === 0) return;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  await Promise.race([Promise.allSettled([...inflight]), deadline]);
  clearTimeout(timer);
}

/**
 * Bolt's OAuth flow on the HTTP receiver: GET /slack/install redirects to Slack's consent page (state
 * signed with SLACK_STATE_SECRET and bound to a cookie), GET /slack/oauth_redirect exchanges the code
 * (oauth.v2.access) and stores the installation; every event is then authorized from the store.
 */
function oauthOptions(
  oauth: SlackOAuthConfig,
  installations: SlackInstallations,
  clientOptions: webApi.WebClientOptions,
): Partial<HTTPReceiverOptions> {
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    scopes: [...oauth.scopes],
    installationStore: installations,
    ...(oauth.redirectUri === null ? {} : { redirectUri: oauth.redirectUri }),
    installerOptions: {
      directInstall: true,
      installPath: SLACK_INSTALL_PATH,
      redirectUriPath: SLACK_REDIRECT_PATH,
      clientOptions,
    },
  };
}
