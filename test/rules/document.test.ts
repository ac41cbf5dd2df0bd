import { describe, expect, it } from 'vitest';
import { skillsUngrouped } from '../../src/core/rules/skills-ungrouped.js';
import { missingSection } from '../../src/core/rules/missing-section.js';
import { missingContact } from '../../src/core/rules/missing-contact.js';
import { tooLong } from '../../src/core/rules/too-long.js';
import { personalDetails } from '../../src/core/rules/personal-details.js';
import { linkTextMismatch, linkMismatch } from '../../src/core/rules/link-text-mismatch.js';
import { skillNotEvidenced } from '../../src/core/rules/skill-not-evidenced.js';
import { ctx, makeResume } from './helpers.js';

const FLAT =
  'Java, Python, Go, Spring, Docker, Kubernetes, PostgreSQL, Redis, Kafka, Git, Linux, AWS, Terraform, gRPC, REST';

describe('skills-ungrouped', () => {
  it('fires on a long flat list, quoting it', () => {
    const f = skillsUngrouped.check(ctx(makeResume({ sections: [{ kind: 'skills', items: [FLAT] }] })));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ evidence: FLAT, sectionIndex: 0, severity: 'medium' });
    expect(f[0]?.message).toContain('15 skills');
    expect(f[0]?.suggestion).toContain('Storage');
  });
  it.each([
    [
      [
        'Languages: Go, Java, Python',
        'Storage: PostgreSQL, Redis, Kafka',
        'Tools: Docker, Kubernetes, Terraform, GitHub Actions, gRPC, REST',
      ],
    ],
    [
      [
        'Languages',
        'Go, Java, Python, Kotlin',
        'Storage',
        'PostgreSQL, Redis, Kafka, Cassandra, DynamoDB, S3, Snowflake',
      ],
    ],
    [['Go, Java, Python, PostgreSQL, Redis, Docker']],
    [
      [
        'Frameworks & Platforms .NET 6, ASP.NET, Angular, React, WPF, WinForms, SignalR',
        'Technologies docker, postgres, git, kafka, linux, aws, openapi',
      ],
    ],
  ])('does not fire on grouped or short lists %#', (items) => {
    expect(skillsUngrouped.check(ctx(makeResume({ sections: [{ kind: 'skills', items }] })))).toEqual([]);
  });
  it('does not split CI/CD or TCP/IP', () => {
    const items = ['CI/CD, TCP/IP, A, B, C, D, E, F, G, H, I']; // 11 skills
    expect(skillsUngrouped.check(ctx(makeResume({ sections: [{ kind: 'skills', items }] })))).toEqual([]);
  });
});

describe('missing-section', () => {
  it("reports each of the role's expected sections that is absent, with no evidence", () => {
    const r = makeResume({ sections: [{ kind: 'experience', entries: [{ bullets: ['Built X'] }] }] });
    const f = missingSection.check(ctx(r));
    expect(f.map((x) => x.message.split(':')[0])).toEqual(['No Education section', 'No Skills section']);
    expect(f.every((x) => x.evidence === null && x.sectionIndex === null)).toBe(true);
  });
  it('counts contact details as the contact section', () => {
    const r = makeResume({ sections: [{ kind: 'experience' }, { kind: 'education' }, { kind: 'skills' }] });
    expect(missingSection.check(ctx(r))).toEqual([]);
  });
  it('reports a missing experience section as high severity', () => {
    const r = makeResume({ sections: [{ kind: 'education' }, { kind: 'skills' }] });
    expect(missingSection.check(ctx(r))[0]).toMatchObject({ severity: 'high' });
  });
});

describe('missing-contact', () => {
  it('reports a missing email, phone and link separately', () => {
    const r = makeResume({ contact: { email: null, phone: null, links: [] }, sections: [] });
    const f = missingContact.check(ctx(r));
    expect(f.map((x) => x.severity)).toEqual(['high', 'medium', 'low']);
    expect(f.map((x) => x.message)).toEqual([
      expect.stringContaining('email'),
      expect.stringContaining('phone'),
      expect.stringContaining('link'),
    ]);
  });
  it('is silent with email, phone and a GitHub link', () => {
    expect(missingContact.check(ctx(makeResume({ sections: [] })))).toEqual([]);
  });
  it('finds details in the header text when the parser missed them', () => {
    const r = makeResume({
      contact: { email: null, phone: null, links: [] },
      sections: [
        {
          kind: 'contact',
          lines: ['Rowan Example', 'rowan@example.com · (206) 555-0100 · linkedin.com/in/rowan-example'],
        },
      ],
    });
    expect(missingContact.check(ctx(r))).toEqual([]);
  });
  it('does not take a date range for a phone number', () => {
    const r = makeResume({
      contact: { phone: null },
      sections: [{ kind: 'contact', lines: ['Rowan Example', '2014-2018 2019-2021'] }],
    });
    expect(missingContact.check(ctx(r)).map((f) => f.severity)).toEqual(['medium']);
  });
});

describe('too-long', () => {
  const senior = { kind: 'experience' as const, entries: [{ start: '2015-01', end: 'present' }] };
  const junior = { kind: 'experience' as const, entries: [{ start: '2024-01', end: 'present' }] };
  it('fires over two pages for an experienced person', () => {
    expect(tooLong.check(ctx(makeResume({ pages: 3, sections: [senior] })))).toHaveLength(1);
    expect(tooLong.check(ctx(makeResume({ pages: 2, sections: [senior] })))).toEqual([]);
  });
  it('fires over one page for an early-career person', () => {
    const [f] = tooLong.check(ctx(makeResume({ pages: 2, sections: [junior] })));
    expect(f?.message).toContain('one page');
    expect(tooLong.check(ctx(makeResume({ pages: 1, sections: [junior] })))).toEqual([]);
  });
  it('treats a resume with no dated experience and one role as early-career', () => {
    expect(
      tooLong.check(ctx(makeResume({ pages: 2, sections: [{ kind: 'experience', entries: [{ title: 'Intern' }] }] }))),
    ).toHaveLength(1);
  });
  it('estimates pages from words when the page count is unknown', () => {
    expect(tooLong.check(ctx(makeResume({ words: 1500, sections: [senior] })))[0]?.message).toContain('about 3 pages');
    expect(tooLong.check(ctx(makeResume({ words: 1100, sections: [senior] })))).toEqual([]);
  });
});

describe('personal-details', () => {
  it.each([
    ['Date of Birth: 12 March 1994', 'Date of Birth: 12 March 1994'],
    ['DOB: 1994-03-12', 'DOB: 1994-03-12'],
    ['Marital Status: Married', 'Marital Status: Married'],
    ['Berlin | Married | 2 children', 'Married'],
    ['Marital Status: Single | Nationality: Irish', 'Marital Status: Single'],
    ['SSN: 123-45-6789', 'SSN: 123-45-6789'],
    ['National ID No. 8801015009087', 'National ID No. 8801015009087'],
    ['Passport number: X1234567', 'Passport number: X1234567'],
    ['[Photo]', '[Photo]'],
    ['Age: 29', 'Age: 29'],
  ])('finds %s', (line, evidence) => {
    const r = makeResume({ sections: [{ kind: 'contact', lines: ['Rowan Example', line] }] });
    const f = personalDetails.check(ctx(r));
    expect(f.map((x) => x.evidence)).toEqual([evidence]);
  });
  it.each([
    'Built a single sign-on service for 3M users',
    'Married data from 4 CRMs into one customer table',
    'Validated national ID numbers for KYC onboarding',
    'Born-in-the-cloud startup, 40 engineers',
  ])('does not flag work bullets: %s', (bullet) => {
    const r = makeResume({ sections: [{ kind: 'experience', entries: [{ bullets: [bullet] }] }] });
    expect(personalDetails.check(ctx(r))).toEqual([]);
  });
  it('does not flag a phone number or "Single-page apps" in a summary', () => {
    const r = makeResume({
      sections: [
        { kind: 'contact', lines: ['Rowan Example', '+1 206-555-0100'] },
        { kind: 'summary', lines: ['Frontend engineer: single-page apps, design systems.'] },
      ],
    });
    expect(personalDetails.check(ctx(r))).toEqual([]);
  });
  it('rates an ID number high', () => {
    const r = makeResume({ sections: [{ kind: 'other', lines: ['SSN: 123-45-6789'] }] });
    expect(personalDetails.check(ctx(r))[0]?.severity).toBe('high');
  });
});

describe('link-text-mismatch', () => {
  it.each([
    ['github.com/a', 'https://github.com/b', true],
    ['github.com/rowan', 'https://www.github.com/rowan/', false],
    ['LinkedIn', 'https://linkedin.com/in/rowan', false],
    ['github.com/rowan', 'https://github.com/rowan/resume-parser', false],
    ['rowan@example.com', 'mailto:rowan@example.org', true],
    ['rowan.dev', 'https://rowan.dev', false],
    ['https://rowan.dev', 'https://old-portfolio.example.com', true],
  ])('%s → %s: mismatch %s', (text, url, expected) => {
    expect(linkMismatch(text, url)).toBe(expected);
  });
  it('reports a contact link with the visible text as evidence', () => {
    const r = makeResume({
      contact: { links: [{ kind: 'github', url: 'https://github.com/b', text: 'github.com/a' }] },
      sections: [{ kind: 'contact', lines: ['github.com/a'] }],
    });
    const f = linkTextMismatch.check(ctx(r));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ evidence: 'github.com/a', sectionIndex: 0 });
    expect(f[0]?.message).toContain('https://github.com/b');
  });
  it('checks markdown links in pasted text', () => {
    const r = makeResume({
      sections: [
        {
          kind: 'projects',
          lines: ['Demo: [tracker.app](https://tracker-old.example.net)', '[GitHub](https://github.com/x)'],
        },
      ],
    });
    expect(linkTextMismatch.check(ctx(r)).map((f) => f.evidence)).toEqual(['tracker.app']);
  });
});

describe('skill-not-evidenced', () => {
  const bullets = [
    'Built the invoicing API in Go on PostgreSQL, 3M invoices a month',
    'Deployed 12 services to k8s with Terraform',
    'Cut AWS spend 30% by moving batch jobs to EC2 spot instances',
  ];
  const resume = (items: string[]) =>
    makeResume({
      sections: [
        { kind: 'experience', entries: [{ bullets }] },
        { kind: 'skills', items },
      ],
    });
  it('lists skills never used in a bullet, as written, those the role cares about first', () => {
    const f = skillNotEvidenced.check(
      ctx(resume(['Languages: Go, Rust, Java', 'Infra: Kubernetes, Terraform, AWS, Ansible'])),
    );
    expect(f.map((x) => x.evidence)).toEqual(['Java', 'Rust', 'Ansible']);
    expect(f.every((x) => x.severity === 'low' && x.sectionIndex === 1)).toBe(true);
  });
  it('skips spoken languages, ubiquitous tools, soft skills and level words', () => {
    expect(
      skillNotEvidenced.check(
        ctx(
          resume([
            'Git, Linux, Jira, English (native), Spanish (B2), Communication',
            'Organizational skills, Adaptability, EXPERIENCED, Windows XP/7/10, Linux/Unix, Tools',
          ]),
        ),
      ),
    ).toEqual([]);
  });
  it('drops a group label glued to the first skill', () => {
    const f = skillNotEvidenced.check(ctx(resume(['Languages golang, Rust', 'Databases – Cassandra'])));
    expect(f.map((x) => x.evidence)).toEqual(['Rust', 'Cassandra']);
  });
  it('caps the list and says how many more', () => {
    const many = Array.from({ length: 14 }, (_, i) => `Tool${String.fromCharCode(65 + i)}`).join(', ');
    const f = skillNotEvidenced.check(ctx(resume([many])));
    expect(f).toHaveLength(10);
    expect(f[9]?.message).toContain('4 more');
  });
  it('matches "Go" case-sensitively (not "go live")', () => {
    const r = makeResume({
      sections: [
        {
          kind: 'experience',
          entries: [{ bullets: ['Helped the store go live in 3 weeks', 'Built 4 dashboards', 'Ran 2 launches'] }],
        },
        { kind: 'skills', items: ['Go'] },
      ],
    });
    expect(skillNotEvidenced.check(ctx(r)).map((f) => f.evidence)).toEqual(['Go']);
  });
  it('stays quiet when there are almost no bullets to check against', () => {
    const r = makeResume({
      sections: [
        { kind: 'experience', entries: [{ bullets: ['Built X'] }] },
        { kind: 'skills', items: ['Rust'] },
      ],
    });
    expect(skillNotEvidenced.check(ctx(r))).toEqual([]);
  });
});
