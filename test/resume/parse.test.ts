import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/core/extract/types.js';
import { parseResume, parseResumeText, SECTION_KINDS } from '../../src/core/resume/index.js';
import { STRONG_BACKEND_RESUME, WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';

function extracted(format: ExtractResult['format'], text: string, extra: Partial<ExtractResult> = {}): ExtractResult {
  return {
    format,
    text,
    pages: null,
    pagesAnalysed: null,
    truncated: false,
    links: [],
    bytes: text.length,
    fileName: null,
    notes: [],
    ...extra,
  };
}

describe('parseResume', () => {
  it('builds the same model from PDF, DOCX and pasted text', () => {
    const text = STRONG_BACKEND_RESUME.join('\n');
    const fromPdf = parseResume(extracted('pdf', text, { pages: 1, pagesAnalysed: 1 }));
    const fromDocx = parseResume(extracted('docx', text));
    const fromText = parseResumeText(text);
    expect(fromPdf.sections).toEqual(fromText.sections);
    expect(fromDocx.sections).toEqual(fromText.sections);
    expect(fromPdf.contact).toEqual(fromText.contact);
    expect(fromPdf.source).toMatchObject({ format: 'pdf', pages: 1, pagesAnalysed: 1 });
    expect(fromDocx.source.format).toBe('docx');
  });

  it('reads the weak sample resume into entries, bullets and items', () => {
    const r = parseResumeText(WEAK_BACKEND_RESUME.join('\n'));
    expect(r.contact).toMatchObject({
      name: 'Jordan Avery',
      email: 'jordan.avery@example.com',
      phone: '+1 415 555 0142',
      location: 'Portland, OR',
    });
    const experience = r.sections.find((s) => s.kind === 'experience');
    expect(experience?.entries.map((e) => [e.title, e.organization, e.start, e.end])).toEqual([
      ['Software Engineer', 'Orderly Inc.', '2021-01', 'present'],
      ['Junior Developer', 'Bluefin Labs', '2018-06', '2020-12'],
    ]);
    expect(experience?.entries[0]?.bullets).toHaveLength(4);
    expect(experience?.entries[0]?.bullets[0]).toBe('Responsible for the orders API');
    const education = r.sections.find((s) => s.kind === 'education');
    expect(education?.entries[0]).toMatchObject({
      title: 'B.S. Computer Science',
      organization: 'Portland State University',
      start: '2014',
      end: '2018',
    });
    expect(r.sections.find((s) => s.kind === 'skills')?.items).toHaveLength(1);
  });

  it('only uses kinds from SECTION_KINDS and keeps every body line verbatim', () => {
    const r = parseResumeText(STRONG_BACKEND_RESUME.join('\n'));
    for (const s of r.sections) expect(SECTION_KINDS).toContain(s.kind);
    const skills = r.sections.find((s) => s.kind === 'skills');
    expect(skills?.lines).toEqual(STRONG_BACKEND_RESUME.slice(STRONG_BACKEND_RESUME.indexOf('SKILLS') + 1));
  });

  it('counts words and carries the source details through', () => {
    const r = parseResume(
      extracted('pdf', 'Jane Roe\njane@example.com\nSkills\nGo, SQL', {
        pages: 6,
        pagesAnalysed: 4,
        truncated: true,
        fileName: 'cv.pdf',
        bytes: 1234,
      }),
    );
    expect(r.source).toEqual({
      format: 'pdf',
      fileName: 'cv.pdf',
      pages: 6,
      pagesAnalysed: 4,
      truncated: true,
      bytes: 1234,
      words: 6,
    });
  });

  it('handles empty and heading-less text without throwing', () => {
    expect(parseResumeText('').sections).toEqual([]);
    const r = parseResumeText('Jane Roe\njane@example.com\nI like building things.');
    expect(r.sections.map((s) => s.kind)).toEqual(['contact']);
    expect(r.contact.name).toBe('Jane Roe');
  });

  it('parses a long document quickly (no quadratic blow-up)', () => {
    const body = Array.from({ length: 3000 }, (_, i) =>
      i % 10 === 0
        ? `Engineer, Acme ${i} Inc. Jan 2019 – Present`
        : `• Built feature number ${i} for the team, cutting latency by ${i % 90} ms`,
    );
    const started = performance.now();
    const r = parseResumeText(['Jane Roe', 'jane@example.com', 'Experience', ...body].join('\n'));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.sections[1]?.entries.length).toBe(300);
  });
});

describe('pasted text and Markdown', () => {
  it('reads a Markdown paste: # headings, **bold** headings, underlines, dash bullets and links', () => {
    const text = [
      '# Jane Roe',
      'jane@example.com · +1 (415) 555-0142 · [GitHub](https://github.com/janeroe)',
      '',
      '## Experience',
      '**Backend Engineer**, Acme Inc. — Jan 2020 – Present',
      '- Cut p99 latency from 900 ms to 120 ms',
      '- Moved billing to an event queue',
      '',
      '**Skills**',
      '--------',
      'Go, PostgreSQL, Kafka',
      '',
      'Education',
      '=========',
      'BSc Computer Science, State University, 2015 – 2019',
    ].join('\n');
    const r = parseResumeText(text);
    expect(r.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['contact', null],
      ['experience', 'Experience'],
      ['skills', 'Skills'],
      ['education', 'Education'],
    ]);
    expect(r.contact).toMatchObject({ name: 'Jane Roe', email: 'jane@example.com', phone: '+1 (415) 555-0142' });
    expect(r.contact.links).toEqual([{ kind: 'github', url: 'https://github.com/janeroe', text: null }]);
    const job = r.sections[1]?.entries[0];
    expect(job).toMatchObject({ organization: 'Acme Inc.', start: '2020-01', end: 'present' });
    expect(job?.title).toMatch(/Backend Engineer/u);
    expect(job?.bullets).toEqual(['Cut p99 latency from 900 ms to 120 ms', 'Moved billing to an event queue']);
    expect(r.sections[2]?.items).toEqual(['Go, PostgreSQL, Kafka']);
  });

  it('reads a plain paste with blank lines between blocks', () => {
    const text =
      'Sam Lee\nsam@example.com\n\nSUMMARY\nBuilt payment systems for eight years.\n\nEXPERIENCE\n\nStaff Engineer at Paylane, 2018 - 2024\n• Led the ledger rewrite\n\nSKILLS\nJava\nKotlin\n';
    const r = parseResumeText(text);
    expect(r.sections.map((s) => s.kind)).toEqual(['contact', 'summary', 'experience', 'skills']);
    expect(r.sections[2]?.entries[0]).toMatchObject({
      title: 'Staff Engineer',
      organization: 'Paylane',
      start: '2018',
      end: '2024',
      bullets: ['Led the ledger rewrite'],
    });
    expect(r.sections[3]?.items).toEqual(['Java', 'Kotlin']);
  });
});

describe('hostile text', () => {
  it('stays fast on one enormous line and on long runs without separators', () => {
    const started = performance.now();
    const r = parseResumeText(`${'a'.repeat(200_000)}@\n${'1-'.repeat(50_000)}\n${'Experience '.repeat(20_000)}`);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(r.contact.email).toBeNull();
    expect(r.contact.phone).toBeNull();
  });
});
