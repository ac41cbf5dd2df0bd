import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../src/core/resume/index.js';

const BASE = [
  'Jane Roe',
  'jane.roe@example.com | +1 415 555 0142',
  'Experience',
  'Planning Analyst, Northwind Retail 2019 - 2023',
  '• Cut the monthly close from nine days to five',
  'Education',
  'BSc Economics, State University 2015 - 2019',
];

describe('a references line', () => {
  it('is a references section (other) on one line', () => {
    const r = parseResumeText([...BASE, 'Reference : Sam Lee, Northwind Retail (555 0100 0000)'].join('\n'));
    expect(r.sections.map((s) => s.kind)).toEqual(['contact', 'experience', 'education', 'other']);
    expect(r.sections[3]?.heading).toBe('Reference :');
    expect(r.sections[3]?.lines).toEqual(['Sam Lee, Northwind Retail (555 0100 0000)']);
  });

  it('"References: available on request" too', () => {
    const r = parseResumeText([...BASE, 'References: available on request'].join('\n'));
    expect(r.sections.map((s) => s.kind)).toEqual(['contact', 'experience', 'education', 'other']);
  });

  it('leaves other "Label: text" lines inside their section', () => {
    const r = parseResumeText([...BASE, 'Thesis: Pricing in small retail chains'].join('\n'));
    expect(r.sections.map((s) => s.kind)).toEqual(['contact', 'experience', 'education']);
  });
});
