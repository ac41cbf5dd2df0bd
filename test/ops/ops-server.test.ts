/**
 * The operations server: its own OPS_PORT (never PORT, never an adapter's port), /healthz, /readyz
 * naming the failing dependency, /metrics in Prometheus text with the check counters.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadOpsConfig } from '../../src/ops/config.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { type OpsServer, startOpsServer } from '../../src/ops/server.js';
import { startOps } from '../../src/ops/start.js';

describe('ops settings', () => {
  it('is off unless OPS_PORT is set, and never falls back to PORT', () => {
    expect(loadOpsConfig({}).port).toBeNull();
    expect(loadOpsConfig({ PORT: '3000' }).port).toBeNull();
    expect(loadOpsConfig({ OPS_PORT: '9464' })).toEqual({ port: 9464, host: '127.0.0.1' });
    expect(loadOpsConfig({ OPS_PORT: '9464', HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });
  it('refuses a port an adapter listens on, naming both variables', () => {
    expect(() => loadOpsConfig({ OPS_PORT: '3000' }, [{ variable: 'SLACK_PORT', port: 3000 }])).toThrow(
      /OPS_PORT.*SLACK_PORT/,
    );
    expect(() => loadOpsConfig({ OPS_PORT: 'abc' })).toThrow(/OPS_PORT/);
  });
});

describe('ops server', () => {
  let server: OpsServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });
  const get = async (path: string) => {
    const res = await fetch(`http://127.0.0.1:${server?.port}${path}`);
    return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
  };

  it('answers /healthz, /readyz and /metrics', async () => {
    const metrics = createMetrics('bot');
    metrics.hooks.onOutcome?.('answered', 120);
    metrics.hooks.onEnqueued?.('duplicate');
    metrics.observeEvent('held');
    server = await startOpsServer({
      host: '127.0.0.1',
      port: 0,
      registry: metrics.registry,
      checks: { store: async () => undefined },
    });
    expect(await get('/healthz')).toMatchObject({ status: 200, body: 'ok\n' });
    const ready = await get('/readyz');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toEqual({ ready: true, checks: { store: 'ok' } });
    const m = await get('/metrics');
    expect(m.status).toBe(200);
    expect(m.type).toContain('text/plain');
    expect(m.body).toContain('resume_coach_checks_total{outcome="answered",role="bot"} 1');
    expect(m.body).toContain('resume_coach_enqueue_total{outcome="duplicate",role="bot"} 1');
    expect(m.body).toContain('resume_coach_events_total{outcome="held",role="bot"} 1');
    expect(m.body).toContain('resume_coach_process_resident_memory_bytes');
    expect((await get('/nope')).status).toBe(404);
  });

  it('/readyz is 503 and names what is failing or hung', async () => {
    const metrics = createMetrics('worker');
    server = await startOpsServer({
      host: '127.0.0.1',
      port: 0,
      registry: metrics.registry,
      checkTimeoutMs: 50,
      checks: {
        store: async () => undefined,
        queue: () => Promise.reject(new Error('down')),
        platforms: () => new Promise<void>(() => undefined),
      },
    });
    const ready = await get('/readyz');
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body).checks).toEqual({ store: 'ok', queue: 'failing', platforms: 'failing' });
  });

  it('reports a port in use as OPS_PORT, and queue depth through the probe', async () => {
    const metrics = createMetrics('bot');
    const probe = {
      counts: async () => ({ waiting: 3, active: 1, delayed: 0, failed: 0 }),
      oldestWaitMs: async () => 2500,
    };
    server = await startOps({
      config: { port: 0, host: '127.0.0.1' },
      metrics,
      store: { ping: async () => undefined },
      probe,
    });
    const m = await get('/metrics');
    expect(m.body).toContain('resume_coach_queue_jobs{state="waiting",role="bot"} 3');
    expect(m.body).toContain('resume_coach_queue_oldest_wait_seconds{role="bot"} 2.5');
    expect(JSON.parse((await get('/readyz')).body).checks).toEqual({ store: 'ok', queue: 'ok' });
    await expect(
      startOps({
        config: { port: server?.port ?? 0, host: '127.0.0.1' },
        metrics,
        store: { ping: async () => undefined },
        probe: null,
      }),
    ).rejects.toThrow(/OPS_PORT.*EADDRINUSE/);
  });
});
