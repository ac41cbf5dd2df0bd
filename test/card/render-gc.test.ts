/**
 * Regression: a card canvas collected while its PNG is still being encoded crashed the process (segfault)
 * with @napi-rs/canvas 0.1.80. A child process renders many cards asynchronously with a forced GC during
 * every encoding; before the fix it died within a few hundred renders, now it must finish.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BASE_CARD } from './fixtures.js';

const run = promisify(execFile);

describe('renderCard under garbage collection', () => {
  it('survives a forced GC during every PNG encoding', async () => {
    const module = new URL('../../src/core/card/render.ts', import.meta.url).href;
    const code = `const m = await import(${JSON.stringify(module)});
      const card = ${JSON.stringify(BASE_CARD)};
      let bytes = 0;
      for (let i = 0; i < 120; i++) { const p = m.renderCard(card); globalThis.gc({ type: 'minor' }); bytes = (await p).byteLength; }
      process.stdout.write('rendered ' + bytes);`;
    const { stdout } = await run(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', code],
      {
        timeout: 120_000,
      },
    );
    expect(stdout).toMatch(/^rendered \d{4,}$/);
  }, 150_000);
});
