import { describe, expect, it } from 'vitest';
import { classifyHeadingText, kindOfHeadingWords } from '../../src/core/resume/headings.js';
import { parseResumeText } from '../../src/core/resume/index.js';
import { HEAD, kinds } from './fact-lines.js';

describe('headings of many fields', () => {
  it('reads research, arts, trades, law and care headings', () => {
    expect(classifyHeadingText('Research Interests')).toBe('summary');
    expect(classifyHeadingText('Solo Exhibitions')).toBe('other');
    expect(classifyHeadingText('GROUP EXHIBITIONS')).toBe('other');
    expect(classifyHeadingText('Residencies')).toBe('experience');
    expect(classifyHeadingText('Public Collections')).toBe('other');
    expect(classifyHeadingText('Press')).toBe('other');
    expect(classifyHeadingText('Academic Positions')).toBe('experience');
    expect(classifyHeadingText('Apprenticeship')).toBe('education');
    expect(classifyHeadingText('Tickets & Licences')).toBe('certifications');
    expect(classifyHeadingText('Tools & Equipment')).toBe('skills');
    expect(classifyHeadingText('Bar Admissions')).toBe('certifications');
    expect(classifyHeadingText('Pro Bono')).toBe('volunteering');
    expect(classifyHeadingText('Bursaries')).toBe('awards');
  });

  it('reads time off work as interests and first-person strengths as skills', () => {
    expect(classifyHeadingText('OUTSIDE WORK')).toBe('interests');
    expect(classifyHeadingText('In My Spare Time')).toBe('interests');
    expect(classifyHeadingText('What I’m Good At')).toBe('skills');
    expect(classifyHeadingText('What I am really good at')).toBe('skills');
  });

  it('keeps a modifier from making a heading on its own', () => {
    expect(classifyHeadingText('Solo')).toBeNull();
    expect(classifyHeadingText('Public Speaking')).toBeNull();
    expect(classifyHeadingText('Leadership Roles')).toBe('leadership');
  });
});

describe('headings in other languages: compounds and training courses', () => {
  it('reads German compounds by their last word and truncated compounds by the word they share', () => {
    expect(classifyHeadingText('Berufliche Laufbahn')).toBe('experience');
    expect(classifyHeadingText('Computerkenntnisse')).toBe('skills');
    expect(classifyHeadingText('Fremdsprachen')).toBe('languages');
    expect(classifyHeadingText('Fort- und Weiterbildungen')).toBe('certifications');
    expect(classifyHeadingText('Kurzprofil')).toBe('summary');
  });

  it('reads Spanish and Portuguese course lists as training, French continuing training too', () => {
    expect(classifyHeadingText('Cursos')).toBe('certifications');
    expect(classifyHeadingText('Cursos complementares')).toBe('certifications');
    expect(classifyHeadingText('Formación complementaria')).toBe('certifications');
    expect(classifyHeadingText('Formation continue')).toBe('certifications');
    expect(classifyHeadingText('实践经历')).toBe('experience');
  });

  it('splits a Portuguese resume with a courses section', () => {
    const r = parseResumeText(
      [
        'Ana Souza',
        'ana.souza@example.com.br',
        '',
        'Experiência profissional',
        'Enfermeira, Hospital Central (2020 – atual)',
        '',
        'Cursos complementares',
        'ACLS (2023)',
        '',
        'Idiomas',
        'Português, espanhol',
      ].join('\n'),
    );
    expect(r.sections.map((s) => s.kind)).toEqual(['contact', 'experience', 'certifications', 'languages']);
  });
});

describe('a sub-heading naming a part of its section', () => {
  it('stays inside "Publications, Talks & Awards" when set smaller than the headings', () => {
    const found = kinds([
      { text: 'Jane Roe' },
      { text: 'jane@example.com' },
      { text: 'Experience', ...HEAD, gap: 2 },
      { text: 'Engineer, Acme, 2019 – 2021' },
      { text: 'Publications, Talks & Awards', ...HEAD, gap: 2 },
      { text: 'A paper on caching, 2021' },
      { text: 'Selected Invited Talks', font: 'f2', size: 12, gap: 2 },
      { text: 'A talk on caching, 2022' },
      { text: 'Skills', ...HEAD, gap: 2 },
      { text: 'Go, SQL' },
    ]);
    expect(found).toEqual(['contact', 'experience', 'publications', 'skills']);
  });
});

describe('headings qualified by a field or by modifiers', () => {
  it('reads "X Work" as experience and modifiers before a known phrase', () => {
    expect(classifyHeadingText('Care Work')).toBeNull();
    expect(kindOfHeadingWords('Care Work')).toBe('experience');
    expect(classifyHeadingText('Mandatory Training')).toBe('certifications');
    expect(classifyHeadingText('Selected Built Work')).toBe('projects');
    expect(classifyHeadingText('Practice')).toBe('experience');
    expect(classifyHeadingText('Practice Areas')).toBe('skills');
    expect(classifyHeadingText('Food Safety')).toBe('certifications');
    expect(classifyHeadingText('Things I Care About')).toBe('interests');
    expect(classifyHeadingText('Trajetória profissional')).toBe('experience');
    expect(classifyHeadingText('Trabalho voluntário')).toBe('volunteering');
  });
});

describe('a heading set as one whose word is misspelt', () => {
  it('names the kind of the one keyword a slip away', () => {
    expect(kindOfHeadingWords('Summery')).toBe('summary');
    expect(kindOfHeadingWords('EXPERIANCE')).toBe('experience');
    expect(kindOfHeadingWords('Educaton')).toBe('education');
    expect(kindOfHeadingWords('Sklls')).toBe('other');
    expect(classifyHeadingText('Summery')).toBeNull();
  });
});
