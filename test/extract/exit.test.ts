import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A one-shot process (like the CLI) must exit by itself once its file is extracted: idle extraction workers
 * must not keep it alive. Runs the real module under tsx in a separate process.
 */
async function runScript(
  lines: string[],
): Promise<{ stdout: string; stderr: string; exit: { code: number | null; timedOut: boolean } }> {
  const script = [
    "import { extractFile, shutdownExtractors } from './src/core/extract/index.ts';",
    "import { makeTextPdf } from './scripts/lib/simple-pdf.ts';",
    "const pdf = await makeTextPdf(['Jordan Avery', 'Backend Engineer', 'Built the ordering API in Go serving 2,000 requests per second']);",
    'const result = await extractFile(pdf);',
    ...lines,
  ].join('\n');
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = await new Promise<{ code: number | null; timedOut: boolean }>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ code: null, timedOut: true });
    }, 90_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut: false });
    });
  });
  return { stdout, stderr, exit };
}

describe('extraction workers and process exit', () => {
  it('lets a one-shot process exit on its own after extracting a file', async () => {
    const { stdout, stderr, exit } = await runScript(["process.stdout.write(result.text.split('\\n')[0] + '\\n');"]);
    expect(stderr).toBe('');
    expect(exit).toEqual({ code: 0, timedOut: false });
    expect(stdout).toBe('Jordan Avery\n');
  }, 120_000);

  it('settles an awaited shutdownExtractors() even when nothing else holds the process open', async () => {
    const { stdout, stderr, exit } = await runScript([
      'await shutdownExtractors();',
      "process.stdout.write('shut down\\n');",
    ]);
    expect(stderr).toBe('');
    expect(exit).toEqual({ code: 0, timedOut: false });
    expect(stdout).toBe('shut down\n');
  }, 120_000);
});
