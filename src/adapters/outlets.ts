/**
 * The channel openers of every enabled adapter that has one, as the queue's ChannelDirectory: what a
 * worker needs to answer a check another process accepted. Opened only when the queue is on.
 */
import type { KeyValueStore } from '../core/conversation/store/kv-types.js';
import type { Logger } from '../core/log.js';
import { type ChannelDirectory, type ChannelOpener, channelDirectory } from '../core/queue/directory.js';
import type { ChannelOutlet, ConfiguredAdapter } from './contract.js';

export interface Outlets {
  directory: ChannelDirectory;
  close(): Promise<void>;
}

export async function openOutlets(
  adapters: readonly ConfiguredAdapter[],
  log: Logger,
  enabled: boolean,
  kv?: KeyValueStore,
): Promise<Outlets> {
  const opened: { platform: string; outlet: ChannelOutlet }[] = [];
  if (enabled)
    for (const adapter of adapters)
      if (adapter.outbound)
        opened.push({
          platform: adapter.platform,
          outlet: await adapter.outbound({ log: log.child({ platform: adapter.platform }), ...(kv ? { kv } : {}) }),
        });
  const openers: Record<string, ChannelOpener> = {};
  for (const { platform, outlet } of opened) openers[platform] = outlet.open;
  return {
    directory: channelDirectory(openers),
    async close() {
      await Promise.all(opened.map(({ outlet }) => outlet.close().catch(() => undefined)));
    },
  };
}
