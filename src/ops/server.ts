/**
 * One small HTTP server per process for operations: GET /healthz (the process answers: liveness),
 * GET /readyz (every dependency answers: the store, the queue, each platform connection; 503 naming the
 * ones that do not) and GET /metrics (Prometheus text). Nothing else; no request body is read.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

/** A readiness check resolves when its dependency is usable and rejects (or times out) when not. */
export type ReadinessCheck = () => Promise<void>;

export interface OpsServerOptions {
  host: string;
  port: number;
  registry: Registry;
  checks: Readonly<Record<string, ReadinessCheck>>;
  /** Per check (default 2 s): a hung dependency is "not ready", not a hung probe. */
  checkTimeoutMs?: number;
}

export interface OpsServer {
  readonly port: number;
  close(): Promise<void>;
}

async function within(check: ReadinessCheck, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([check().then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export async function startOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const { registry, checks, checkTimeoutMs = 2000 } = options;
  const server: Server = createServer((req, res) => {
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET') return send(405, 'text/plain', 'method not allowed\n');
    if (path === '/healthz') return send(200, 'text/plain', 'ok\n');
    if (path === '/readyz') {
      const names = Object.keys(checks);
      void Promise.all(names.map((n) => within(checks[n] ?? (async () => undefined), checkTimeoutMs))).then(
        (results) => {
          const failing = names.filter((_, i) => !results[i]);
          const status = Object.fromEntries(names.map((n, i) => [n, results[i] ? 'ok' : 'failing']));
          send(
            failing.length === 0 ? 200 : 503,
            'application/json',
            `${JSON.stringify({ ready: failing.length === 0, checks: status })}\n`,
          );
        },
      );
      return;
    }
    if (path === '/metrics') {
      void registry.metrics().then(
        (text) => send(200, registry.contentType, text),
        () => send(500, 'text/plain', 'metrics failed\n'),
      );
      return;
    }
    send(404, 'text/plain', 'not found\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
