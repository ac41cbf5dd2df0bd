import { describe, expect, it } from 'vitest';
import { isCodedError } from '../../src/core/errors.js';
import { extractPastedText } from '../../src/core/extract/index.js';
import { markdownToLines } from '../../src/core/extract/markdown.js';
import { STRONG_BACKEND_RESUME } from '../helpers/sample-resumes.js';

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    return isCodedError(err) ? err.code : 'not-coded';
  }
}

describe('markdownToLines', () => {
  it('strips heading, emphasis, code and link syntax, and keeps link targets', () => {
    const { lines, links } = markdownToLines(
      [
        '# Jordan Avery',
        '## Experience',
        '**Backend Engineer**, _Orderly_ — `Go`',
        'See [my GitHub](https://github.com/jordan-example)',
      ].join('\n'),
    );
    expect(lines).toEqual(['Jordan Avery', 'Experience', 'Backend Engineer, Orderly — Go', 'See my GitHub']);
    expect(links).toEqual([{ text: 'my GitHub', url: 'https://github.com/jordan-example', page: null }]);
  });

  it('turns list markers into bullets and drops rules and table separators', () => {
    const { lines } = markdownToLines(
      ['- Built X', '* Cut Y', '+ [x] Shipped Z', '---', '| Skill | Level |', '|---|---|', '| Go | Expert |'].join(
        '\n',
      ),
    );
    expect(lines).toEqual(['• Built X', '• Cut Y', '• Shipped Z', 'Skill | Level', 'Go | Expert']);
  });

  it('leaves snake_case, e-mails and arithmetic alone', () => {
    const { lines } = markdownToLines('user_id and first_name, jo_av@example.com, 2 * 3 * 4');
    expect(lines).toEqual(['user_id and first_name, jo_av@example.com, 2 * 3 * 4']);
  });
});

describe('extractPastedText', () => {
  it('returns the resume line by line, with text links', () => {
    const result = extractPastedText(STRONG_BACKEND_RESUME.join('\n'), { fileName: 'paste' });
    expect(result.format).toBe('text');
    expect(result.text.split('\n')[0]).toBe('Priya Raman');
    expect(result.text).toContain('\nEXPERIENCE\n');
    expect(result.links.map((l) => l.url)).toContain('https://github.com/priya-example');
    expect(result.links.map((l) => l.url)).toContain('mailto:priya.raman@example.com');
    expect(result).toMatchObject({ pages: null, pagesAnalysed: null, truncated: false, fileName: 'paste' });
  });

  it('refuses empty or whitespace-only text, and text over the byte cap', () => {
    expect(codeOf(() => extractPastedText('   \n\t \n'))).toBe('empty');
    expect(codeOf(() => extractPastedText('x'.repeat(2000), { maxBytes: 1000 }))).toBe('too-large');
  });

  it('cuts very long text at a line boundary and says so', () => {
    const long = Array.from({ length: 4000 }, (_, i) => `Line ${i} of a very long paste`).join('\n');
    const result = extractPastedText(long, { maxPages: 1 });
    expect(result.truncated).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(5000);
    expect(result.text.endsWith('paste')).toBe(true);
    expect(result.notes.length).toBe(1);
  });
});

describe('hostile pasted text', () => {
  it('stays fast on long lines built to make regular expressions backtrack', () => {
    // Each line stays under the input cut (2 × the text budget), so the patterns really see them.
    const nasty = [
      `${'b-'.repeat(9_000)}.`,
      `${'a'.repeat(18_000)}@`,
      `${'a '.repeat(9_000)}ab`,
      '**x'.repeat(6_000),
    ].join('\n');
    const started = performance.now();
    const result = extractPastedText(nasty);
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.links).toEqual([]);
  });
});
