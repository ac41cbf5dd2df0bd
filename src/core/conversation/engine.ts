/**
 * createEngine: event → claim (./event-claims.ts: handled once across processes) → one context → one
 * middleware pipeline (addressing, commands as filters, then files / pasted resume / pasted job
 * description / questions) inside one error boundary.
 */
import { CodedError } from '../errors.js';
import type { Analyzer } from './analyzer.js';
import { type EngineCommand, commandTable } from './command-table.js';
import { looksLikeJobDescription, looksLikeResume } from './classify-text.js';
import { createContext, threadReviewOnce, type Context, type EngineServices } from './context.js';
import { DEFAULT_ENGINE_CONFIG, type EngineConfig } from './engine-config.js';
import { handleFailure } from './error-boundary.js';
import { type ClaimOutcome, eventClaims, type Repeat } from './event-claims.js';
import { defaultAnswerer, type FollowUpAnswerer } from './followup.js';
import { createInProcessJobRunner } from './in-process-runner.js';
import type { JobRunner } from './jobs.js';
import { Composer } from './middleware.js';
import { PasteJoiner, type Schedule, withPastedAttachment } from './long-pastes.js';
import { parseEventText } from './parse-command.js';
import type { ConversationStore } from './store/conversation-store.js';
import type { CoreEvent, Engine, ReplyChannel } from './types.js';

export interface EngineOptions {
  store: ConversationStore;
  analyzer: Analyzer;
  config?: Partial<EngineConfig>;
  now?: () => number;
  /** Where check jobs run (default: in this process). */
  jobs?: JobRunner;
  answerer?: FollowUpAnswerer;
  /** The commands to route to (src/main.ts wires src/commands in); names must be unique. */
  commands: readonly EngineCommand[];
  /** The timer for joining cut pastes (tests pass a manual one). */
  schedule?: Schedule;
  /** The timer renewing event claims while their handlers run (tests pass a manual one). */
  repeat?: Repeat;
  /** What became of each claimed delivery (metrics: dedupe hits are 'held' and 'settled'). */
  onClaim?: (outcome: ClaimOutcome) => void;
}

export interface EngineWithJobs extends Engine {
  readonly jobs: JobRunner;
}

export function createEngine(options: EngineOptions): EngineWithJobs {
  const { store, analyzer, config = {}, now = Date.now, answerer = defaultAnswerer, commands } = options;
  const jobs = options.jobs ?? createInProcessJobRunner({ store, analyzer, now });
  const table = commandTable(commands);
  const known = new Set(table.keys());
  const services: EngineServices = {
    store,
    analyzer,
    jobs,
    answerer,
    config: { ...DEFAULT_ENGINE_CONFIG, ...config },
    now,
    commands: commands.map(({ name, description, usage, args, private: audience }) => ({
      name,
      description,
      usage,
      args,
      ...(audience ? { private: audience } : {}),
    })),
  };
  const invoke = (ctx: Context, name: string, args: string): Promise<void> => {
    const command = table.get(name);
    if (!command) throw new CodedError('unknown-command', `I don't know the command /${name}.`);
    return command.invoke(ctx.forCommand(command), args);
  };

  const pipeline = new Composer()
    .use(async (ctx, next) => {
      if (ctx.command) await invoke(ctx, ctx.command.name, ctx.command.args);
      else await next();
    })
    .filter(
      (ctx) => ctx.event.files.length > 0,
      (ctx) => invoke(ctx, 'check', ''),
    )
    .filter(
      (ctx) => looksLikeResume(ctx.text),
      (ctx) => invoke(ctx, 'check', ctx.text),
    )
    .filter(
      (ctx) => looksLikeJobDescription(ctx.text),
      (ctx) => invoke(ctx, 'jd', ctx.text),
    )
    .filter(
      (ctx) => ctx.text.trim().length > 0,
      (ctx) => invoke(ctx, 'ask', ctx.text),
    )
    .use((ctx) => invoke(ctx, 'help', ''));

  /** Channel chatter not meant for the bot: ignored unless it replies to the bot or sits in a thread the bot coaches in. */
  async function isForUs(event: CoreEvent, threadReview: () => Promise<unknown>): Promise<boolean> {
    if (event.addressed || event.conversation.kind === 'dm') return true;
    if (event.replyTo?.fromBot) return true;
    if (event.threadId === null || (event.text.trim() === '' && event.files.length === 0)) return false;
    return (await threadReview()) !== null;
  }

  async function handleNow(incoming: CoreEvent, channel: ReplyChannel): Promise<void> {
    let command: string | null = null;
    try {
      const threadReview = threadReviewOnce(store, incoming);
      if (!(await isForUs(incoming, threadReview))) return;
      // Discord's message.txt for a long paste is read as the message's text.
      const event = await withPastedAttachment(incoming, services.config.maxFileBytes);
      const parsed = parseEventText(event, known);
      command = parsed.command?.name ?? null;
      await pipeline.run(createContext(event, channel, services, parsed, threadReview));
    } catch (err) {
      await handleFailure(err, incoming, channel, command);
    }
  }

  // Redeliveries (webhook retries, reconnects, a second process behind a balancer) are handled once.
  const claimed = eventClaims({
    store,
    now,
    leaseMs: services.config.eventLeaseMs ?? DEFAULT_ENGINE_CONFIG.eventLeaseMs ?? 30_000,
    ...(options.repeat ? { repeat: options.repeat } : {}),
  });
  const once = async (event: CoreEvent, channel: ReplyChannel, work: () => Promise<void>): Promise<void> => {
    if (event.id === '' || !mayBeForUs(event)) return work();
    try {
      const outcome = await claimed(event.platform, event.id, work);
      options.onClaim?.(outcome);
    } catch (err) {
      // The store failed on the claim: the handler did not run (nothing was posted yet).
      await handleFailure(err, event, channel, null);
    }
  };

  const joiner = new PasteJoiner({
    // A joined paste has its own id (first part + count): its claim keeps two closers from both answering.
    deliver: (event, channel) => once(event, channel, () => handleNow(event, channel)),
    buffer: store,
    windowMs: services.config.pasteJoinMs ?? DEFAULT_ENGINE_CONFIG.pasteJoinMs ?? 1500,
    ...(options.schedule ? { schedule: options.schedule } : {}),
  });

  return {
    commands: services.commands,
    jobs,
    handle(event: CoreEvent, channel: ReplyChannel): Promise<void> {
      return once(event, channel, async () => {
        // A part of a paste the platform cut waits for the rest (handled: it is in the store); the joined
        // text is answered once.
        let taken = false;
        try {
          taken = await joiner.offer(event, channel);
        } catch {
          taken = false;
        }
        if (!taken) await handleNow(event, channel);
      });
    },
  };
}

/**
 * Whether an event could be for the bot without reading the store (isForUs decides): chatter outside
 * threads is not claimed, so the bot writes nothing for messages it never answers.
 */
function mayBeForUs(event: CoreEvent): boolean {
  if (event.addressed || event.conversation.kind === 'dm' || event.replyTo?.fromBot) return true;
  return event.threadId !== null && (event.text.trim() !== '' || event.files.length > 0);
}
