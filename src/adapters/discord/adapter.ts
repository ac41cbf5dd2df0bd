/**
 * The Discord adapter: a discord.js client whose messages and slash commands each become ONE CoreEvent
 * plus ONE ReplyChannel for engine.handle. Rate limits are left to @discordjs/rest's queue.
 */
import { EventEmitter, once } from 'node:events';
import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Partials,
  Status,
  type ChatInputCommandInteraction,
  type ClientOptions,
  type Interaction,
  type Message,
} from 'discord.js';
import { commandRepliesArePrivate } from '../../core/conversation/privacy.js';
import type { CoreEvent, Engine, PlatformRuntime, ReplyChannel } from '../../core/conversation/types.js';
import type { Logger } from '../../core/log.js';
import { RecentIds } from '../shared/index.js';
import type { DiscordConfig } from './config.js';
import {
  commandArgs,
  commandAttachment,
  interactionEvent,
  isAddressed,
  latestUserFiles,
  messageEvent,
  repliedMessage,
  type AddressContext,
} from './events.js';
import { attachmentFiles, type FileFetchOptions } from './files.js';
import { InteractionReplyChannel } from './interaction-channel.js';
import { TYPING_REPEAT_MS } from './limits.js';
import { MessageReplyChannel } from './message-channel.js';
import { ProgressScope } from './progress.js';
import { errorFacts } from './log-safe.js';

export interface DiscordAdapterOptions {
  engine: Engine;
  config: DiscordConfig;
  log: Logger;
  /** Extra discord.js client options (tests point `rest.api` at a fake server). */
  clientOptions?: Partial<ClientOptions>;
  loginTimeoutMs?: number;
  /** How long stop() waits for events in flight before disconnecting. */
  stopTimeoutMs?: number;
  typingRepeatMs?: number;
  /** Messages searched for the requester's latest file when /check has no attachment. */
  historyLimit?: number;
  downloadTimeoutMs?: number;
}

/** Emitted once per gateway message/interaction the adapter saw, after it is fully dealt with. */
export interface SettledEvent {
  id: string;
  source: 'message' | 'interaction';
  /** True when it went to the engine; false when the adapter dropped it (a duplicate, not for the bot, a bot's own message…). */
  handled: boolean;
}

export interface DiscordAdapter {
  readonly client: Client;
  readonly runtime: PlatformRuntime;
  /** 'settled' (SettledEvent): lets tests and shutdown wait on real work instead of timers. */
  readonly events: EventEmitter<{ settled: [SettledEvent] }>;
}

export function intentsFor(config: Pick<DiscordConfig, 'DISCORD_MESSAGE_CONTENT'>): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  if (config.DISCORD_MESSAGE_CONTENT) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

function timeout(ms: number, what: string): { promise: Promise<never>; clear: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`discord: ${what} did not complete within ${ms} ms`)), ms);
  });
  return { promise, clear: () => clearTimeout(timer) };
}

export function createDiscordAdapter(options: DiscordAdapterOptions): DiscordAdapter {
  const {
    engine,
    config,
    log,
    clientOptions = {},
    loginTimeoutMs = 30_000,
    stopTimeoutMs = 10_000,
    typingRepeatMs = TYPING_REPEAT_MS,
    historyLimit = 50,
    downloadTimeoutMs = 20_000,
  } = options;
  const files: FileFetchOptions = { timeoutMs: downloadTimeoutMs };
  const client = new Client({
    intents: intentsFor(config),
    // DMs arrive on channels discord.js has not cached: without this they are dropped.
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    ...clientOptions,
    rest: { api: config.DISCORD_API_URL, ...clientOptions.rest },
  });
  const events = new EventEmitter<{ settled: [SettledEvent] }>();
  const seen = new RecentIds({ maxEntries: 5_000 });
  const inFlight = new Set<Promise<void>>();

  function track(source: SettledEvent['source'], id: string, work: () => Promise<boolean>): void {
    const run = work()
      .catch((err: unknown) => {
        log.error(
          { source, id, errName: err instanceof Error ? err.name : typeof err },
          'discord: event failed outside the engine',
        );
        return true;
      })
      .then((handled) => {
        inFlight.delete(run);
        events.emit('settled', { id, source, handled });
      });
    inFlight.add(run);
  }

  async function handle(event: CoreEvent, channel: ReplyChannel, scope: ProgressScope): Promise<void> {
    try {
      await engine.handle(event, channel);
    } finally {
      await scope.stopAll();
    }
  }

  function addressContext(): AddressContext {
    return { botId: client.user?.id ?? '', messageContent: config.DISCORD_MESSAGE_CONTENT };
  }

  async function onMessage(message: Message): Promise<boolean> {
    const context = addressContext();
    if (message.author.id === context.botId || message.author.bot || message.system) return false;
    const addressed = isAddressed(message, context);
    // With message content, plain messages in every thread go to the engine, which knows the threads it coaches in.
    const maybeFollowUp = context.messageContent && message.channel.isThread() && message.content.trim() !== '';
    if (!addressed && !maybeFollowUp) return false;
    if (!message.channel.isSendable() || !seen.firstSeen(message.id)) return false;
    const scope = new ProgressScope();
    const channel = new MessageReplyChannel({
      channel: message.channel,
      requester: message.author,
      scope,
      log,
      typingRepeatMs,
    });
    const replyTo = await repliedMessage(message, context.botId, files);
    const event = { ...messageEvent(message, context.botId, replyTo, files), addressed };
    await handle(event, channel, scope);
    return true;
  }

  async function onCommand(interaction: ChatInputCommandInteraction): Promise<boolean> {
    if (!seen.firstSeen(interaction.id)) return false;
    const spec = engine.commands.find((c) => c.name === interaction.commandName) ?? null;
    // Decided before the command runs: a public "thinking…" placeholder cannot turn ephemeral later.
    const ephemeral = commandRepliesArePrivate(interactionEvent(interaction, []), spec, true);
    // Within Discord's 3 s: everything else happens after this.
    try {
      await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    } catch (err) {
      log.warn({ id: interaction.id, ...errorFacts(err) }, 'discord: could not acknowledge the interaction in time');
      return false;
    }
    const scope = new ProgressScope();
    const channel = new InteractionReplyChannel({ interaction, ephemeral, scope, log, typingRepeatMs });
    try {
      const attachment = commandAttachment(interaction);
      let incoming = attachment ? attachmentFiles([attachment], files) : [];
      // Only a bare /check looks back for a file: pasted text must not lose to an older upload.
      if (!attachment && interaction.commandName === 'check' && commandArgs(interaction) === '') {
        incoming = await latestUserFiles(interaction.channel, interaction.user.id, {
          limit: historyLimit,
          ...files,
        }).catch((err: unknown) => {
          log.info({ id: interaction.id, ...errorFacts(err) }, 'discord: could not read recent messages for /check');
          return [];
        });
      }
      await handle(interactionEvent(interaction, incoming), channel, scope);
    } finally {
      await channel.finish();
    }
    return true;
  }

  client.on(Events.MessageCreate, (message) => track('message', message.id, () => onMessage(message)));
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (!interaction.isChatInputCommand()) return;
    track('interaction', interaction.id, () => onCommand(interaction));
  });
  client.on(Events.Error, (err) => log.error({ errName: err.name }, 'discord: client error'));
  let started: Promise<void> | null = null;
  let loggingIn: Promise<unknown> = Promise.resolve();
  let stopped = false;
  let connectedOnce = false;
  let reportFatal: (err: Error) => void = () => undefined;
  const fatal = new Promise<Error>((resolve) => {
    reportFatal = resolve;
  });

  // discord.js emits this only for close codes it will not reconnect after (4004 token, 4014 intents, …).
  client.on(Events.ShardDisconnect, (event, shardId) => {
    log.warn({ code: event.code, shardId }, 'discord: gateway disconnected');
    if (connectedOnce && !stopped)
      reportFatal(new Error(`discord: the gateway closed with ${event.code} and will not reconnect`));
  });

  /** client.destroy() with a bound: @discordjs/ws 1.2.3 can hang destroying a shard mid-handshake. */
  async function destroyClient(): Promise<void> {
    const limit = timeout(stopTimeoutMs, 'disconnecting');
    await Promise.race([client.destroy(), limit.promise]).catch((err: unknown) =>
      log.warn(errorFacts(err), 'discord: disconnect did not finish'),
    );
    limit.clear();
  }

  async function login(): Promise<void> {
    const abort = new AbortController();
    const ready = once(client, Events.ClientReady, { signal: abort.signal });
    ready.catch(() => undefined);
    const limit = timeout(loginTimeoutMs, 'login');
    const attempt = client.login(config.DISCORD_TOKEN);
    loggingIn = attempt.catch(() => undefined);
    try {
      await Promise.race([Promise.all([attempt, ready]), limit.promise]);
      connectedOnce = true;
      log.info(
        { userId: client.user?.id, guilds: client.guilds.cache.size, messageContent: config.DISCORD_MESSAGE_CONTENT },
        'discord: connected',
      );
    } catch (err) {
      // A failed start is fatal for the process: discord.js cannot cancel a login in progress, so the caller
      // should exit rather than retry in-process.
      abort.abort();
      await destroyClient();
      throw err;
    } finally {
      limit.clear();
    }
  }

  const runtime: PlatformRuntime = {
    platform: 'discord',
    fatal,
    connected() {
      const shards = [...client.ws.shards.values()];
      return connectedOnce && !stopped && shards.length > 0 && shards.every((s) => s.status === Status.Ready);
    },
    start() {
      started ??= login();
      return started;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      client.removeAllListeners(Events.MessageCreate);
      client.removeAllListeners(Events.InteractionCreate);
      if (inFlight.size > 0) {
        const limit = timeout(stopTimeoutMs, 'finishing events in flight');
        await Promise.race([Promise.allSettled([...inFlight]), limit.promise]).catch((err: unknown) =>
          log.warn({ ...errorFacts(err), inFlight: inFlight.size }, 'discord: stopping with events in flight'),
        );
        limit.clear();
      }
      // A login still in flight (e.g. after a login timeout) settles first, so nothing reconnects afterwards.
      const settling = timeout(stopTimeoutMs, 'login to settle');
      await Promise.race([loggingIn, settling.promise]).catch(() => undefined);
      settling.clear();
      await destroyClient();
    },
  };

  return { client, runtime, events };
}
