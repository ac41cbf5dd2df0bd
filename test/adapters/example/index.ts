/**
 * A complete, minimal platform adapter (docs/adding-a-platform.md walks through it): the platform POSTs
 * JSON events to us, we POST replies to its API. Copy this folder to src/adapters/<name>/ and add
 * `<name>Adapter` to src/adapters/registry.ts: that is all a new platform needs.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { explainListenError } from '../../../src/adapters/shared/listen.js';
import { defineAdapter } from '../../../src/adapters/contract.js';
import type { CoreEvent, PlatformRuntime } from '../../../src/core/conversation/types.js';
import { exampleChannel, type PostMessage } from './channel.js';
import { exampleEnv, type ExampleConfig } from './config.js';

/** What the platform sends (validated: it is input from the network). */
const incoming = z.object({
  id: z.string().min(1),
  user: z.object({ id: z.string().min(1), name: z.string().nullable().default(null) }),
  conversation: z.object({ id: z.string().min(1), kind: z.enum(['dm', 'channel']) }),
  thread: z.string().nullable().default(null),
  messageId: z.string().min(1),
  text: z.string().max(100_000),
  mentionsBot: z.boolean().default(false),
});

function toCoreEvent(body: z.output<typeof incoming>): CoreEvent {
  return {
    id: body.id,
    platform: 'example',
    user: body.user,
    conversation: body.conversation,
    threadId: body.thread,
    messageId: body.messageId,
    replyTo: null,
    text: body.text,
    files: [],
    addressed: body.mentionsBot,
    command: null,
  };
}

function poster(config: ExampleConfig): PostMessage {
  return async (body) => {
    const res = await fetch(`${config.apiUrl}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${config.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`example: the platform answered ${res.status}`);
    return z.object({ id: z.string() }).parse(await res.json()).id;
  };
}

export interface ExampleRuntime extends PlatformRuntime {
  /** The port actually bound (EXAMPLE_PORT=0 picks a free one). */
  port(): number;
}

export const exampleAdapter = defineAdapter({
  platform: 'example',
  enabledBy: 'EXAMPLE_TOKEN',
  env: exampleEnv,
  ports: (config) => [{ variable: 'EXAMPLE_PORT', port: config.port }],
  async start({ engine, config, log }): Promise<ExampleRuntime> {
    const post = poster(config);
    const server = createServer((req, res) => {
      if (req.method !== 'POST' || req.url !== '/events') return void res.writeHead(404).end();
      if (req.headers.authorization !== `Bearer ${config.token}`) return void res.writeHead(401).end();
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        let parsed: z.output<typeof incoming>;
        try {
          parsed = incoming.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch {
          return void res.writeHead(400).end();
        }
        const event = toCoreEvent(parsed);
        const place = { conversationId: event.conversation.id, userId: event.user.id, threadId: event.threadId };
        // The engine never throws; answer the platform once the replies are posted.
        void engine.handle(event, exampleChannel(place, post)).then(() => res.writeHead(200).end());
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', (err) => reject(explainListenError(err, 'EXAMPLE_PORT', config.port)));
      server.listen(config.port, '127.0.0.1', resolve);
    });
    log.info({ port: (server.address() as AddressInfo).port }, 'example: listening');
    return {
      platform: 'example',
      port: () => (server.address() as AddressInfo).port,
      start: async () => {},
      stop: () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    };
  },
});
