import { describe, expect, it } from 'vitest';
import { findTextLinks, mergeLinks, normaliseUrl } from '../../src/core/extract/links.js';

describe('normaliseUrl', () => {
  it('keeps web, mail and phone links and adds a scheme to bare hosts and e-mails', () => {
    expect(normaliseUrl('https://github.com/x')).toBe('https://github.com/x');
    expect(normaliseUrl('www.example.com/cv')).toBe('https://www.example.com/cv');
    expect(normaliseUrl('linkedin.com/in/someone')).toBe('https://linkedin.com/in/someone');
    expect(normaliseUrl('me@example.com')).toBe('mailto:me@example.com');
    expect(normaliseUrl('tel:+15550100')).toBe('tel:+15550100');
  });

  it('refuses scripts, files and junk', () => {
    expect(normaliseUrl('javascript:alert(1)')).toBeNull();
    expect(normaliseUrl('file:///etc/passwd')).toBeNull();
    expect(normaliseUrl('not a url')).toBeNull();
    expect(normaliseUrl('')).toBeNull();
  });
});

describe('findTextLinks', () => {
  it('finds URLs, profile hosts and e-mails in plain text, without trailing punctuation', () => {
    const links = findTextLinks(
      'Mail a.b+cv@example.co.uk, see github.com/jordan-example. Site: https://jordan.dev/cv).',
    );
    expect(links.map((l) => l.url)).toEqual([
      'https://github.com/jordan-example',
      'https://jordan.dev/cv',
      'mailto:a.b+cv@example.co.uk',
    ]);
    expect(links[0]).toEqual({
      text: 'github.com/jordan-example',
      url: 'https://github.com/jordan-example',
      page: null,
    });
  });
});

describe('mergeLinks', () => {
  it('prefers annotations (visible label and page) over the same target found in the text', () => {
    const merged = mergeLinks(
      [
        { text: 'LinkedIn', url: 'https://www.linkedin.com/in/x/', page: 1 },
        { text: 'LinkedIn', url: 'https://www.linkedin.com/in/x/', page: 1 },
      ],
      [
        { text: 'linkedin.com/in/x', url: 'https://linkedin.com/in/x', page: null },
        { text: 'x@example.com', url: 'mailto:x@example.com', page: null },
      ],
    );
    expect(merged).toEqual([
      { text: 'LinkedIn', url: 'https://www.linkedin.com/in/x/', page: 1 },
      { text: 'x@example.com', url: 'mailto:x@example.com', page: null },
    ]);
  });
});
