/**
 * An unheaded paragraph becomes a summary only when layout says so: a resume with a headed summary has that one,
 * and a paragraph closing a list section is a summary only when set apart from the list (a blank line here;
 * another column or a gap in a PDF). Otherwise the paragraph belongs to the section above it.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../src/core/resume/index.js';

const HEADER = ['Jane Roe', 'jane.roe@example.com | +1 415 555 0142 | Austin, TX'];
const PARAGRAPH = [
  'Nurse with six years on surgical wards, used to busy shifts and to teaching the students who join them,',
  'calm with families and careful with medication, now looking for a senior post on a larger ward.',
];

const kinds = (lines: readonly string[]): string[] => parseResumeText(lines.join('\n')).sections.map((s) => s.kind);

describe('unheaded paragraphs', () => {
  it('a paragraph under the name is the summary when there is no other', () => {
    expect(
      kinds([...HEADER, ...PARAGRAPH, 'Experience', 'Staff Nurse, City Hospital  2019 – 2024', '• Ran the ward']),
    ).toEqual(['contact', 'summary', 'experience']);
  });

  it('a resume with a headed summary gets no second one from a paragraph under the name', () => {
    const got = kinds([
      ...HEADER,
      ...PARAGRAPH,
      'Profile',
      'Registered nurse who teaches students and keeps families informed on every shift of the week.',
      'Experience',
      'Staff Nurse, City Hospital  2019 – 2024',
      '• Ran the ward',
    ]);
    expect(got.filter((k) => k === 'summary')).toHaveLength(1);
    expect(got).toEqual(['contact', 'summary', 'experience']);
  });

  it('a paragraph run on from a list is part of that list; set apart by a blank line it is a summary', () => {
    const list = [
      ...HEADER,
      'Experience',
      'Staff Nurse, City Hospital  2019 – 2024',
      '• Ran the ward',
      'Skills',
      'Triage',
      'IV therapy',
    ];
    expect(kinds([...list, ...PARAGRAPH])).toEqual(['contact', 'experience', 'skills']);
    expect(kinds([...list, '', ...PARAGRAPH])).toEqual(['contact', 'experience', 'skills', 'summary']);
  });
});
