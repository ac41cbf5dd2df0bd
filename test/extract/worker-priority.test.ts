import { once } from 'node:events';
import { getPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { spawnWorker } from '../../src/core/extract/worker-spawn.js';

describe('extraction worker priority', () => {
  it('starts workers at the niceness asked for, so the main event loop goes first', async () => {
    const child = spawnWorker('text', 64, 7);
    try {
      expect(child.pid).toBeDefined();
      // At least 7: a process already niced higher may not be allowed to lower its child's niceness.
      expect(getPriority(child.pid)).toBeGreaterThanOrEqual(7);
    } finally {
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    }
  });
});
