/**
 * The OCR worker dying on a file (a SIGSEGV in the engine or its image library) is a clear reply of its own,
 * not a lost check and not "your file looks damaged"; the next picture is read by a fresh worker.
 * A picture's job is sent to a ready worker synchronously within extractFile's call, so the worker is
 * killed with the job in flight.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCodedError } from '../../src/core/errors.js';
import { extractFile, shutdownExtractors, warmUpOcr } from '../../src/core/extract/index.js';
import { errorMessage } from '../../src/core/conversation/messages.js';
import { drawPicture, SAMPLE_LINES } from './fixtures.js';

/** This process's child running the OCR worker module (Linux /proc). */
function ocrWorkerPid(): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== process.pid) continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('ocr-worker')) return Number(entry);
    } catch {
      // The process ended while being looked at.
    }
  }
  return null;
}

beforeAll(async () => {
  await warmUpOcr();
}, 60_000);
afterAll(() => shutdownExtractors());

describe('an OCR worker crash', () => {
  it.runIf(process.platform === 'linux')(
    "is 'ocr-failed' with its own words, and the next picture is read",
    async () => {
      const pid = ocrWorkerPid();
      expect(pid).not.toBeNull();
      const reading = extractFile(drawPicture(SAMPLE_LINES));
      process.kill(pid ?? 0, 'SIGSEGV');
      const err = await reading.then(
        () => null,
        (e: unknown) => e,
      );
      expect(isCodedError(err) ? err.code : err).toBe('ocr-failed');
      const message = isCodedError(err) ? err.userMessage : '';
      expect(message).toMatch(/by OCR/);
      expect(message).not.toMatch(/damaged/);
      expect(errorMessage(message, null, 'ocr-failed').title).toBe("I couldn't finish reading that scan");
      const next = await extractFile(drawPicture(SAMPLE_LINES.slice(0, 5)));
      expect(next.text).toMatch(/Jordan Avery/);
    },
    60_000,
  );
});
