import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Forks the worker module next to this file. From TypeScript sources (tsx, vitest) the worker is worker.ts
 * and the child loads tsx; from compiled JavaScript it is worker.js and runs on plain node.
 */
function workerEntry(): { path: string; loader: string[] } {
  const here = fileURLToPath(import.meta.url);
  const ext = extname(here);
  const path = fileURLToPath(new URL(`./worker${ext}`, import.meta.url));
  if (ext !== '.ts') return { path, loader: [] };
  const tsx = createRequire(import.meta.url).resolve('tsx');
  return { path, loader: ['--import', pathToFileURL(tsx).href] };
}

/** Only what the worker needs: a parser of hostile files has no business seeing bot tokens. */
function workerEnv(): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'TEMP', 'TMP', 'SystemRoot', 'NODE_ENV', 'TSX_TSCONFIG_PATH'];
  const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'silent' };
  for (const key of keep) if (process.env[key] !== undefined) env[key] = process.env[key];
  return env;
}

export function spawnWorker(heapMb: number): ChildProcess {
  const { path, loader } = workerEntry();
  return fork(path, [], {
    execArgv: [...loader, `--max-old-space-size=${heapMb}`],
    env: workerEnv(),
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
}
