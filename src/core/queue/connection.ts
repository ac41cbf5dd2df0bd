/**
 * BullMQ on the node-redis client the store already uses (BullMQ 6 adapts it; no second Redis driver).
 * Queue and Worker share one command connection; the Worker duplicates it for its blocking waits.
 */
import { createNodeRedisClient } from 'bullmq';
import { connectRedis } from '../conversation/store/redis-kv.js';

export type QueueConnection = ReturnType<typeof createNodeRedisClient>;

export interface OpenedConnection {
  connection: QueueConnection;
  close(): Promise<void>;
}

export async function openQueueConnection(url: string, name: string): Promise<OpenedConnection> {
  const raw = await connectRedis(url, name);
  // node-redis's generic client type is structurally what BullMQ's adapter expects.
  const connection = createNodeRedisClient(raw as unknown as Parameters<typeof createNodeRedisClient>[0]);
  return {
    connection,
    async close() {
      await raw.close().catch(() => undefined);
    },
  };
}
