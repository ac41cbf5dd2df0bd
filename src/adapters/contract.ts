/**
 * What a platform adapter is, for src/main.ts (Hubot's adapter idea, hono's small folders): one folder
 * under src/adapters/ whose index.ts exports `defineAdapter({...})`, plus one line in ./registry.ts.
 *
 * The adapter declares its own slice of the environment as a zod schema (read the one way, by
 * src/config.ts), the variable that turns it on, the ports it listens on (so two adapters in one process
 * never collide), and `start`, which loads the platform library only when the adapter is enabled.
 * At run time it turns each platform update into one CoreEvent + one ReplyChannel for `engine.handle`
 * (src/core/conversation/types.ts). docs/adding-a-platform.md walks through a complete one.
 */
import type { z } from 'zod';
import type { KeyValueStore } from '../core/conversation/store/kv-types.js';
import type { Engine, PlatformRuntime } from '../core/conversation/types.js';
import { readEnv } from '../core/env.js';
import type { Logger } from '../core/log.js';
import type { ChannelOpener } from '../core/queue/directory.js';

/** Posting without an incoming event (queue workers): an API client that reopens channels by address. */
export interface ChannelOutlet {
  open: ChannelOpener;
  close(): Promise<void>;
}

interface AdapterDeps<C> {
  engine: Engine;
  /** This adapter's settings: what its `env` schema produced. */
  config: C;
  /** Already scoped to the platform. */
  log: Logger;
  /** The shared key-value store (STORE_URL), for adapter state every process must see (Slack installs). */
  kv?: KeyValueStore;
}

/** A port an adapter listens on, and the variable that sets it (named in errors). */
interface ListenPort {
  variable: string;
  port: number;
}

export interface AdapterDefinition<C, R extends PlatformRuntime = PlatformRuntime> {
  /** Lower-case id used in CoreEvent.platform, store keys and logs; never change it once users exist. */
  platform: string;
  /** The variable (usually the bot token) whose presence turns the adapter on; several: one of them. */
  enabledBy: string | readonly string[];
  /** This adapter's variables → its settings. Bad values become one line naming the variable. */
  env: z.ZodType<C>;
  /** The ports it will listen on (none for outbound-only connections). */
  ports?: (config: C) => readonly ListenPort[];
  /** Connects to the platform and returns the running runtime. Load heavy platform libraries in here. */
  start(deps: AdapterDeps<C>): Promise<R>;
  /** Set when its channels carry an address: opens them again in another process (src/core/queue). */
  outbound?(deps: Omit<AdapterDeps<C>, 'engine'>): Promise<ChannelOutlet>;
}

/** An adapter whose settings have been read: ready to start. */
export interface ConfiguredAdapter<R extends PlatformRuntime = PlatformRuntime> {
  readonly platform: string;
  readonly ports: readonly ListenPort[];
  start(deps: { engine: Engine; log: Logger; kv?: KeyValueStore }): Promise<R>;
  outbound?(deps: { log: Logger; kv?: KeyValueStore }): Promise<ChannelOutlet>;
}

/** A registry entry: the adapter with its settings type erased. */
export interface Adapter<R extends PlatformRuntime = PlatformRuntime> {
  readonly platform: string;
  readonly enabledBy: string | readonly string[];
  /** Reads this adapter's slice of `env` (throws ConfigError naming the variable). */
  configure(env: NodeJS.ProcessEnv): ConfiguredAdapter<R>;
}

const PLATFORM_ID = /^[a-z][a-z0-9-]{0,31}$/;

export function defineAdapter<C, R extends PlatformRuntime>(definition: AdapterDefinition<C, R>): Adapter<R> {
  const { platform, enabledBy, env: schema, ports = () => [], start, outbound } = definition;
  if (!PLATFORM_ID.test(platform)) throw new Error(`adapter id "${platform}" must be lower-case letters, digits, -`);
  return {
    platform,
    enabledBy,
    configure(env) {
      const config = readEnv(schema, env);
      return {
        platform,
        ports: ports(config),
        start: (deps) => start({ ...deps, config }),
        ...(outbound ? { outbound: (deps: { log: Logger; kv?: KeyValueStore }) => outbound({ ...deps, config }) } : {}),
      };
    },
  };
}

/** Whether one of the adapter's enabling variables is set (blank counts as unset). */
export function isEnabled(adapter: Pick<Adapter, 'enabledBy'>, env: NodeJS.ProcessEnv): boolean {
  return [adapter.enabledBy].flat().some((variable) => (env[variable] ?? '').trim() !== '');
}
