/**
 * A text resume saved as Windows-1252 (Notepad, older Word "Save as text" on Western Windows) is read,
 * not refused: é, curly quotes, bullets and dashes come out as the characters they are. Binary that is
 * neither UTF-8 nor plausible Windows-1252 text is still refused.
 */
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/core/extract/index.js';
import { identify } from '../../src/core/extract/sniff.js';

const cp1252 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
// \x95 • \x93 “ \x94 ” \x96 – \x97 — \x80 € (as Windows-1252 writes them), é and í as Latin-1 bytes.
const RESUME = cp1252(
  'Jos\xe9 Garc\xeda\nEXPERIENCE\n\x95 Led the \x93caf\xe9\x94 rollout \x96 cut costs 20% (\x8050k)\nSKILLS\n\x95 Go \x97 SQL\n',
);

describe('Windows-1252 text files', () => {
  it('are identified as text with their characters decoded', () => {
    const found = identify(RESUME);
    expect(found.format).toBe('text');
    expect(found.format === 'text' ? found.text : '').toBe(
      'José García\nEXPERIENCE\n• Led the “café” rollout – cut costs 20% (€50k)\nSKILLS\n• Go — SQL\n',
    );
  });

  it('are checked end to end', async () => {
    const result = await extractFile(RESUME, { fileName: 'resume.txt' });
    expect(result.format).toBe('text');
    expect(result.text).toContain('José García');
    expect(result.text).toContain('“café”');
  });

  it('UTF-8 stays UTF-8, and random bytes are still refused', () => {
    const utf8 = new TextEncoder().encode('José “café” • – —\nEXPERIENCE\n');
    expect(identify(utf8)).toEqual({ format: 'text', text: 'José “café” • – —\nEXPERIENCE\n' });
    const noise = new Uint8Array(2048);
    let x = 7;
    for (let i = 0; i < noise.length; i += 1) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      noise[i] = (x >> 16) & 0xff;
    }
    expect(identify(noise).format).toBeNull();
  });
});
