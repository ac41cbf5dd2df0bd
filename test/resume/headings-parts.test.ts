import { describe, expect, it } from 'vitest';
import { classifyHeadingText } from '../../src/core/resume/headings.js';

describe('headings with asides and several parts', () => {
  it('ignores an aside in parentheses', () => {
    expect(classifyHeadingText('Positions of Responsibility (PoRs)')).toBe('leadership');
    expect(classifyHeadingText('Research Publications (Under Review)')).toBe('publications');
  });

  it('takes the first part’s kind when every part is a heading', () => {
    expect(classifyHeadingText('Positions of Responsibility (PoRs) and Volunteering')).toBe('leadership');
    expect(classifyHeadingText('Academic Contributions & Scholarship')).toBe('other');
    expect(classifyHeadingText('Education and Certifications')).toBe('education');
  });

  it('still reads known phrases whole and refuses unknown parts', () => {
    expect(classifyHeadingText('Open Source Contributions')).toBe('projects');
    expect(classifyHeadingText('Languages and Tools')).toBe('skills');
    expect(classifyHeadingText('Positions of Responsibility and Gardening')).toBeNull();
  });
});
