/** Starts the ops server of a bot or worker process when OPS_PORT is set, with its readiness checks. */
import { ConfigError } from '../core/env.js';
import type { QueueProbe } from '../core/queue/index.js';
import type { OpsConfig } from './config.js';
import type { Metrics } from './metrics.js';
import { type OpsServer, type ReadinessCheck, startOpsServer } from './server.js';

export interface OpsDeps {
  config: OpsConfig;
  metrics: Metrics;
  store: { ping(): Promise<void> };
  probe: QueueProbe | null;
  /** More checks (e.g. "platforms": every adapter started and connected). */
  checks?: Readonly<Record<string, ReadinessCheck>>;
}

export async function startOps(deps: OpsDeps): Promise<OpsServer | null> {
  const { config, metrics, store, probe } = deps;
  if (config.port === null) return null;
  metrics.setQueue(probe);
  const checks: Record<string, ReadinessCheck> = { store: () => store.ping(), ...deps.checks };
  if (probe)
    checks.queue = async () => {
      await probe.counts();
    };
  try {
    return await startOpsServer({ host: config.host, port: config.port, registry: metrics.registry, checks });
  } catch (err) {
    const code = err instanceof Error && 'code' in err ? String(err.code) : 'error';
    throw new ConfigError('OPS_PORT', `cannot listen on ${config.host}:${config.port} (${code})`);
  }
}
