import { describe, expect, it } from 'vitest';
import { classifyHeadingText } from '../../src/core/resume/headings.js';
import { parseResumeText } from '../../src/core/resume/index.js';

describe('headings in other languages', () => {
  it('maps German, French, Spanish, Portuguese and Chinese headings to the same kinds', () => {
    expect(classifyHeadingText('BERUFSERFAHRUNG')).toBe('experience');
    expect(classifyHeadingText('Beruflicher Werdegang')).toBe('experience');
    expect(classifyHeadingText('Sprachkenntnisse')).toBe('languages');
    expect(classifyHeadingText('EXPÉRIENCES PROFESSIONNELLES')).toBe('experience');
    expect(classifyHeadingText('Centres d’intérêt')).toBe('interests');
    expect(classifyHeadingText('COMPÉTENCES')).toBe('skills');
    expect(classifyHeadingText('EDUCACIÓN')).toBe('education');
    expect(classifyHeadingText('Experiencia laboral')).toBe('experience');
    expect(classifyHeadingText('Formação Acadêmica')).toBe('education');
    expect(classifyHeadingText('教育背景')).toBe('education');
    expect(classifyHeadingText('工作经历')).toBe('experience');
    expect(classifyHeadingText('专业技能')).toBe('skills');
  });

  it('splits a German resume into its sections instead of one contact block', () => {
    const r = parseResumeText(
      [
        'Anna Beispiel',
        'anna.beispiel@example.com',
        'BERUFSERFAHRUNG',
        '03.2017-10.2020 Gesundheits- und Krankenpflegerin, Klinikum Nord',
        'AUSBILDUNG',
        '2010-2013 Ausbildung zur Pflegefachkraft, Berufsfachschule',
        'SPRACHKENNTNISSE',
        'Deutsch (fließend), Englisch (gut)',
      ].join('\n'),
    );
    expect(r.sections.map((s) => s.kind)).toEqual(['contact', 'experience', 'education', 'languages']);
    expect(r.language).toBe('de');
  });

  it('marks a resume English when its headings are English (one foreign word is not enough)', () => {
    const r = parseResumeText(
      ['Jane Roe', 'jane@example.com', 'EXPERIENCE', 'Engineer, Acme 2019 - 2021', 'FORMATION', 'BSc, State U'].join(
        '\n',
      ),
    );
    expect(r.language).toBe('en');
  });
});
