import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { log } from '../log.js';

const requireHere = createRequire(import.meta.url);

const exportTargetSchema = z.union([
  z.string(),
  z
    .object({ import: z.union([z.string(), z.object({ default: z.string() })]) })
    .transform((t) => (typeof t.import === 'string' ? t.import : t.import.default)),
]);
const packageJsonSchema = z.object({ exports: z.record(z.string(), z.unknown()).optional() });

/** A package's directory: from its resolved main file, up to the package.json that names it. */
function packageDir(pkg: string, from: NodeJS.Require): string {
  let dir = dirname(from.resolve(pkg));
  for (;;) {
    try {
      const { name } = z
        .object({ name: z.string() })
        .parse(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')));
      if (name === pkg) return dir;
    } catch {
      // no (readable) package.json here: keep going up
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json of ${pkg} not found`);
    dir = parent;
  }
}

/** The file URL of a package's ESM entry (`import` condition of its exports map). */
function esmEntry(pkg: string, subpath = '.', from: NodeJS.Require = requireHere): string {
  const dir = packageDir(pkg, from);
  const { exports } = packageJsonSchema.parse(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')));
  const target = exportTargetSchema.parse(exports?.[subpath]);
  return pathToFileURL(join(dir, target)).href;
}

/**
 * Under tsx every module goes through its loader hooks, and pdf.js (3 MB of JavaScript) then costs ~250 MB of
 * memory per worker. So the worker first loads the parsers natively, then registers tsx for our own
 * TypeScript. The preload also switches source maps off and keeps the engine's Array.prototype.push and
 * JSON.parse, which pdf.js's bundled core-js would otherwise replace with slower polyfills (see natives.ts).
 */
function tsxPreload(): string[] {
  try {
    const pdfParse = esmEntry('pdf-parse');
    const fromPdfParse = createRequire(fileURLToPath(pdfParse));
    const pdfjsWorker = pathToFileURL(fromPdfParse.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
    const mammoth = pathToFileURL(requireHere.resolve('mammoth')).href;
    const tsxApi = esmEntry('tsx', './esm/api');
    // Only the process's main thread: tesseract.js runs its engine in a worker thread, which inherits
    // execArgv and must not load pdf.js, mammoth and tsx a second time.
    const code = [
      "const { isMainThread } = await import('node:worker_threads');",
      'if (isMainThread) {',
      'process.setSourceMapsEnabled(false);',
      'const push = Array.prototype.push; const parse = JSON.parse;',
      `await import(${JSON.stringify(pdfParse)});`,
      `await import(${JSON.stringify(pdfjsWorker)});`,
      `await import(${JSON.stringify(mammoth)});`,
      "Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });",
      "Object.defineProperty(JSON, 'parse', { value: parse, writable: true, configurable: true, enumerable: false });",
      `const { register } = await import(${JSON.stringify(tsxApi)});`,
      'register();',
      '}',
    ].join('\n');
    return ['--import', `data:text/javascript,${encodeURIComponent(code)}`];
  } catch (err) {
    // Layout not as expected: plain tsx works too, it just needs more memory.
    log.warn({ err: err instanceof Error ? err.message : String(err) }, 'extraction worker preload unavailable');
    return ['--import', pathToFileURL(requireHere.resolve('tsx')).href];
  }
}

/**
 * The text pool runs src/core/pipeline-worker.ts: it parses PDF and DOCX (worker.ts here) and, for a check,
 * goes on to the review (started by path only, so extract imports nothing above it); ocr-worker.ts reads
 * pictures and scanned PDFs.
 */
export type WorkerModule = 'text' | 'ocr';
const MODULE_FILES: Record<WorkerModule, string> = { text: '../pipeline-worker', ocr: 'ocr-worker' };

/**
 * The worker module next to this file. From TypeScript sources (tsx, vitest) it is worker.ts and the child
 * needs tsx; from compiled JavaScript it is worker.js and runs on plain node.
 */
function workerEntry(module: WorkerModule): { path: string; loader: string[] } {
  const ext = extname(fileURLToPath(import.meta.url));
  const path = fileURLToPath(new URL(`./${MODULE_FILES[module]}${ext}`, import.meta.url));
  loader ??= ext === '.ts' ? tsxPreload() : [];
  return { path, loader };
}

/** Only what the worker needs: a parser of hostile files has no business seeing bot tokens. */
function workerEnv(): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'TEMP', 'TMP', 'SystemRoot', 'NODE_ENV', 'TSX_TSCONFIG_PATH'];
  const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'silent' };
  for (const key of keep) if (process.env[key] !== undefined) env[key] = process.env[key];
  return env;
}

let loader: string[] | null = null;

export function spawnWorker(
  module: WorkerModule,
  heapMb: number,
  niceness = 0,
  args: readonly string[] = [],
): ChildProcess {
  const entry = workerEntry(module);
  const child = fork(entry.path, [...args], {
    execArgv: [...entry.loader, `--max-old-space-size=${heapMb}`],
    env: workerEnv(),
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  if (niceness > 0 && child.pid !== undefined) {
    try {
      setPriority(child.pid, Math.min(19, Math.floor(niceness)));
    } catch {
      // Not allowed here (or the child already exited): it runs at our priority, which only costs latency.
    }
  }
  return child;
}
