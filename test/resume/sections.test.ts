import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../src/core/resume/index.js';
import { STRONG_BACKEND_RESUME, WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';

const HEADER = ['Jane Roe', 'jane.roe@example.com | +1 415 555 0142 | Austin, TX'];

function kinds(lines: readonly string[]): string[] {
  return parseResumeText(lines.join('\n')).sections.map((s) => s.kind);
}

function headings(lines: readonly string[]): Array<string | null> {
  return parseResumeText(lines.join('\n')).sections.map((s) => s.heading);
}

describe('sections: headings found', () => {
  it('reads the shared sample resumes', () => {
    expect(kinds(WEAK_BACKEND_RESUME)).toEqual(['contact', 'summary', 'experience', 'education', 'skills']);
    expect(kinds(STRONG_BACKEND_RESUME)).toEqual(['contact', 'experience', 'education', 'skills']);
  });

  it('keeps the heading as written and the block before it as the contact section', () => {
    const r = parseResumeText(
      [...HEADER, 'Where I’ve Worked', 'Engineer, Acme  2019 – 2021', 'Toolbox', 'Go, SQL'].join('\n'),
    );
    expect(r.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['contact', null],
      ['experience', 'Where I’ve Worked'],
      ['skills', 'Toolbox'],
    ]);
  });

  it('finds ALL CAPS, Title Case, trailing-colon and letter-spaced headings', () => {
    expect(
      kinds([...HEADER, 'PROFESSIONAL EXPERIENCE', 'Engineer, Acme 2019 – 2021', 'Core Competencies', 'Go']),
    ).toEqual(['contact', 'experience', 'skills']);
    expect(kinds([...HEADER, 'EXPERIENCE:', 'Engineer, Acme 2019 – 2021', 'SKILLS:', 'Go'])).toEqual([
      'contact',
      'experience',
      'skills',
    ]);
    expect(headings([...HEADER, 'E X P E R I E N C E', 'Engineer, Acme 2019 – 2021', 'S K I L L S', 'Go'])).toEqual([
      null,
      'EXPERIENCE',
      'SKILLS',
    ]);
    expect(headings([...HEADER, 'E X P E R I E N C E  A N D  P R O J E C T S', 'Engineer, Acme 2019 – 2021'])).toEqual([
      null,
      'EXPERIENCE AND PROJECTS',
    ]);
  });

  it('accepts Title Case headings with colons when the whole document uses them', () => {
    expect(
      kinds([
        ...HEADER,
        'Experience:',
        'Engineer at Acme, 2019 – 2021',
        'Skills:',
        'Go, SQL',
        'Projects:',
        '• Built a thing',
      ]),
    ).toEqual(['contact', 'experience', 'skills', 'projects']);
  });

  it('reads a run-in heading followed by prose', () => {
    const r = parseResumeText(
      [
        ...HEADER,
        'Education',
        '- BA Mathematics, 2013-2016, State University',
        'Research Experience: I studied arithmetic dynamics and wrote a thesis on it during my final year.',
        'Skills',
        'Python',
      ].join('\n'),
    );
    expect(r.sections.map((s) => s.kind)).toEqual(['contact', 'education', 'experience', 'skills']);
    expect(r.sections[2]?.heading).toBe('Research Experience:');
    expect(r.sections[2]?.lines[0]).toMatch(/^I studied/u);
  });

  it('finds a heading behind a stray icon character', () => {
    expect(kinds([...HEADER, 'r Experiences', 'Engineer, Acme 2019 – 2021', 'Ô Technical Skills', 'Go'])).toEqual([
      'contact',
      'experience',
      'skills',
    ]);
  });

  it('reads "Professional Journey" as experience and a places heading after a link as its own section', () => {
    const r = parseResumeText(
      [
        ...HEADER,
        'Professional Journey',
        'Engineer, Acme Inc.  2019 – 2021',
        '• Built the billing API',
        'Education',
        'Online course in front-end development  2016',
        'https://courses.example.com/front-end',
        "Where I've Lived and Worked",
        'Austin, Lisbon',
      ].join('\n'),
    );
    expect(r.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['contact', null],
      ['experience', 'Professional Journey'],
      ['education', 'Education'],
      ['other', "Where I've Lived and Worked"],
    ]);
    expect(r.sections[1]?.entries[0]).toMatchObject({
      title: 'Engineer',
      organization: 'Acme Inc.',
      bullets: ['Built the billing API'],
    });
  });

  it('labels an unusual but known heading with its canonical kind', () => {
    expect(
      kinds([...HEADER, 'Conference Presentations', '• Talk at a conference', 'Honors & Awards', '• Prize']),
    ).toEqual(['contact', 'other', 'awards']);
  });
});

describe('sections: traps that are not headings', () => {
  it('never takes a bullet for a heading', () => {
    expect(
      kinds([
        ...HEADER,
        'Experience',
        'Engineer, Acme 2019 – 2021',
        '• Skills',
        '• Projects',
        '- Education',
        '* Awards',
      ]),
    ).toEqual(['contact', 'experience']);
  });

  it('never takes a sentence, a long line or a dated line for a heading', () => {
    const lines = [
      ...HEADER,
      'Experience',
      'Engineer, Acme 2019 – 2021',
      'Experience with Docker and Kubernetes.',
      'Projects 2020',
      'Skills in Go, Rust, Python, TypeScript, SQL and many other languages',
    ];
    expect(kinds(lines)).toEqual(['contact', 'experience']);
  });

  it('treats a label repeated under every job as a sub-heading', () => {
    const lines = [
      ...HEADER,
      'Work Experience',
      'Developer',
      'Acme, 2020 – 2022',
      'Key Achievements',
      '- Shipped the app',
      'Engineer',
      'Bolt, 2018 – 2020',
      'Key Achievements',
      '- Cut costs',
      'Education',
      'BSc, State University',
    ];
    expect(kinds(lines)).toEqual(['contact', 'experience', 'education']);
  });

  it('treats a Title Case "Label:" as a sub-label in a document whose headings have no colon', () => {
    const lines = [
      ...HEADER,
      'Experience',
      'Engineer, Acme 2019 – 2021',
      'Skills',
      'Software:',
      'Python, C',
      'Languages:',
      'English, Spanish',
    ];
    expect(kinds(lines)).toEqual(['contact', 'experience', 'skills']);
  });

  it('treats "Skills: Go, SQL" inside a section as content, not a run-in heading', () => {
    const lines = [
      ...HEADER,
      'Experience',
      'Engineer, Acme 2019 – 2021',
      'Skills: Go, SQL, Docker, Kubernetes, Terraform, AWS',
    ];
    expect(kinds(lines)).toEqual(['contact', 'experience']);
  });

  it('ignores a sub-heading whose capitalisation differs from the document headings', () => {
    const lines = [
      ...HEADER,
      'EXPERIENCE',
      'Engineer, Acme 2019 – 2021',
      'SKILLS',
      'Design',
      'Figma',
      'Tools',
      'Sketch',
      'EDUCATION',
      'BSc, State University',
    ];
    expect(kinds(lines)).toEqual(['contact', 'experience', 'skills', 'education']);
  });

  it('keeps "Coursework" under Education inside that section', () => {
    const lines = [
      ...HEADER,
      'Education',
      'State University, BSc 2019 – 2023',
      'Coursework',
      'Operating Systems, Databases',
      'Skills',
      'Go',
    ];
    expect(kinds(lines)).toEqual(['contact', 'education', 'skills']);
  });

  it('keeps a standalone coursework heading elsewhere as its own section', () => {
    const lines = [...HEADER, 'SKILLS', 'Go', 'RELEVANT COURSEWORK', 'Databases', 'PROJECTS', '• A project'];
    expect(kinds(lines)).toEqual(['contact', 'skills', 'other', 'projects']);
  });

  it('does not take a job title or a company for a heading', () => {
    const lines = [
      ...HEADER,
      'Experience',
      'Software Engineer',
      'Google',
      'Jan 2020 – Present',
      '• Built things',
      'Project Manager',
      'Acme',
      '2018 – 2019',
    ];
    expect(kinds(lines)).toEqual(['contact', 'experience']);
  });
});

describe('sections: context rules', () => {
  it('reads a heading right under an empty heading of the same kind as a sub-heading', () => {
    const lines = [...HEADER, 'Skills', 'Go', 'Portfolio', 'Recent Project', 'janeroe.dev/app'];
    const r = parseResumeText(lines.join('\n'));
    expect(r.sections.map((s) => s.kind)).toEqual(['contact', 'skills', 'projects']);
    expect(r.sections[2]?.lines).toEqual(['Recent Project', 'janeroe.dev/app']);
  });

  it('keeps two headings of the same kind when the first has content', () => {
    expect(kinds([...HEADER, 'SKILLS', 'Teamwork', 'TOOLS', 'Figma'])).toEqual(['contact', 'skills', 'skills']);
  });

  it('reads an unlisted ALL CAPS title above bare links as a links section', () => {
    const lines = [
      ...HEADER,
      'SKILLS',
      'Go',
      'CHECK OUT MY WORK',
      'https://github.com/janeroe',
      'EDUCATION',
      'BSc 2015 - 2018',
    ];
    expect(kinds(lines)).toEqual(['contact', 'skills', 'contact', 'education']);
  });

  it('does not read an ALL CAPS project title followed by prose as a heading', () => {
    const lines = [
      ...HEADER,
      'PROJECTS',
      'PASSWORD MANAGER',
      'Stores passwords encrypted, written in C.',
      'SKILLS',
      'C',
    ];
    expect(kinds(lines)).toEqual(['contact', 'projects', 'skills']);
  });
});

describe('sections: unheaded blocks', () => {
  it('reads a row of tags after the tagline as unheaded skills, with or without separators', () => {
    const base = [
      'Dan Alpers Front End Developer',
      'email dan@example.com mobile (777) 777-9999',
      'I would love to help your team achieve success.',
    ];
    expect(kinds([...base, 'JQuery HTML5 CSS GIT Grunt Sketch', 'Work Experience', 'Acme - Manager 2015'])).toEqual([
      'contact',
      'summary',
      'skills',
      'experience',
    ]);
    expect(kinds([...base, 'JQuery\tHTML5\tCSS\tGIT', 'Work Experience', 'Acme - Manager 2015'])).toEqual([
      'contact',
      'summary',
      'skills',
      'experience',
    ]);
  });

  it('splits an unheaded summary paragraph off the contact block', () => {
    const lines = [
      ...HEADER,
      'Backend engineer with eight years of experience building payment systems, now looking',
      'for a team that cares about reliability.',
      'Experience',
      'Engineer, Acme 2019 – 2021',
    ];
    const r = parseResumeText(lines.join('\n'));
    expect(r.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['contact', null],
      ['summary', null],
      ['experience', 'Experience'],
    ]);
  });

  it('does not take a title line or an address for a summary', () => {
    const lines = [
      'Jane Roe',
      'Senior Backend Engineer',
      '6030 Main Street, Toronto, ON',
      'jane@example.com',
      'Experience',
      'Engineer, Acme 2019 – 2021',
    ];
    expect(kinds(lines)).toEqual(['contact', 'experience']);
  });

  it('uses a title line between the contact data and the paragraph as the summary heading', () => {
    const lines = [
      'JANE ROE',
      'jane@example.com • 864-555-0176',
      'SYSTEMS ANALYST',
      'Broad technical experience spanning information technology and software development, with a',
      'focus on automation.',
      'EDUCATION',
      'State University 2014 - 2018',
    ];
    const r = parseResumeText(lines.join('\n'));
    expect(r.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['contact', null],
      ['summary', 'SYSTEMS ANALYST'],
      ['education', 'EDUCATION'],
    ]);
  });

  it('moves a name block found after a sidebar to the top', () => {
    const lines = [
      'CONTACT ME',
      'jane@example.com',
      'SKILLS',
      'Java',
      'JANE ROE',
      'STUDENT',
      'EDUCATION',
      'BSc Computer Science 2023 - 2026',
    ];
    const r = parseResumeText(lines.join('\n'));
    expect(r.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['contact', null],
      ['contact', 'CONTACT ME'],
      ['skills', 'SKILLS'],
      ['education', 'EDUCATION'],
    ]);
    expect(r.contact.name).toBe('JANE ROE');
  });

  it('splits a prose paragraph closing a sidebar list, set apart from it, into an unheaded summary', () => {
    const lines = [
      ...HEADER,
      'SOFT SKILLS',
      'Adaptable',
      'Curious',
      '',
      'Motivated student who seeks the opportunity to enhance my skills',
      'and to contribute to the development of the organization.',
      'EDUCATION',
      'BSc 2023 - 2026',
    ];
    expect(kinds(lines)).toEqual(['contact', 'skills', 'summary', 'education']);
  });

  it('keeps a paragraph that follows a bullet label inside its section', () => {
    const lines = [
      ...HEADER,
      'ACHIEVEMENTS',
      '• Active practice:',
      'Regularly solving challenges on HackerRank, TryHackMe and Hack The Box to',
      'strengthen ethical hacking and penetration testing skills.',
      'EDUCATION',
      'BSc 2023 - 2026',
    ];
    expect(kinds(lines)).toEqual(['contact', 'awards', 'education']);
  });
});

describe('sections: page furniture', () => {
  it('drops page markers, "Page 1 of 2" and running footers', () => {
    const lines = [
      'Page 1 of 2',
      ...HEADER,
      'Experience',
      'Engineer, Acme 2019 – 2021',
      '• Did a thing',
      'JANE ROE · RESUME 1',
      '',
      '-- 1 of 2 --',
      '',
      'Page 2 of 2',
      '• Did another thing',
      'JANE ROE · RESUME 2',
    ];
    const r = parseResumeText(lines.join('\n'));
    expect(r.sections.map((s) => s.kind)).toEqual(['contact', 'experience']);
    expect(r.sections[1]?.entries[0]?.bullets).toEqual(['Did a thing', 'Did another thing']);
    expect(r.text).not.toMatch(/Page 1 of 2|RESUME 1|-- 1 of 2 --/u);
  });

  it('drops a one-off footer naming the document', () => {
    const r = parseResumeText([...HEADER, 'Skills', 'Go', 'March 4, 2026 Jane Roe · Curriculum Vitae 1'].join('\n'));
    expect(r.sections[1]?.items).toEqual(['Go']);
  });
});
