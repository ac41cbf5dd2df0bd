/** Bidi control characters are stripped with the other invisible ones (they would reorder quoted lines). */
import { describe, expect, it } from 'vitest';
import { cleanCharacters } from '../../src/core/text/clean.js';

describe('cleanCharacters: bidi controls', () => {
  it('drops embeddings, overrides and isolates, keeps the words', () => {
    const controls = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
    for (const c of controls)
      expect(cleanCharacters(`Built ${c}the orders API${c} in Go`)).toBe('Built the orders API in Go');
  });
  it('keeps right-to-left text itself', () => {
    expect(cleanCharacters('שלום Built')).toBe('שלום Built');
  });
});
