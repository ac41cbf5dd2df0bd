/**
 * The CLI checks a file's size before reading it, and reads with a cap: a huge (sparse) file is refused
 * from its size alone, and a device that never ends (/dev/zero, whose size stat reports as 0) is refused
 * once the cap is passed instead of filling memory.
 */
import { mkdtempSync, openSync, closeSync, ftruncateSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT, main } from '../../src/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'resume-coach-cli-size-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) } };
}

describe('check FILE: size first, then a capped read', () => {
  it('refuses a 4 GB file from its size, without reading it', async () => {
    const path = join(dir, 'huge.pdf');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 4 * 1024 ** 3); // sparse: no disk used, but stat says 4 GB
    closeSync(fd);
    const c = capture();
    const heapBefore = process.memoryUsage().arrayBuffers;
    expect(await main(['check', path], c.io)).toBe(EXIT.unreadable);
    expect(c.err[0]).toMatch(/^error too-large: That file is 4295 MB; the limit is 5 MB/);
    // Nothing of it was loaded (a whole read would need 4 GB of buffers).
    expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(64 * 1024 ** 2);
  });

  it('stops reading an endless device at the cap', async () => {
    const c = capture();
    expect(await main(['check', '/dev/zero'], c.io)).toBe(EXIT.unreadable);
    expect(c.err[0]).toMatch(/^error too-large: .*the limit is 5 MB/);
  });

  it('the job description is capped the same way', async () => {
    const resume = join(dir, 'resume.txt');
    const fd = openSync(resume, 'w');
    closeSync(fd);
    const c = capture();
    expect(await main(['check', resume, '--jd', '/dev/zero'], c.io)).toBe(EXIT.unreadable);
    expect(c.err[0]).toMatch(/^error too-large:/);
  });
});
