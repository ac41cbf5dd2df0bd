import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile, extractPastedText, shutdownExtractors, warmUpExtractors } from '../../src/core/extract/index.js';
import { makeTextPdf } from '../../scripts/lib/simple-pdf.js';
import {
  makeEncryptedPdf,
  makeLinkedPdf,
  makeManyPagesPdf,
  makeToUnicodePdf,
  makeTwoColumnPdf,
} from '../helpers/pdf-fixtures.js';
import { STRONG_BACKEND_RESUME } from '../helpers/sample-resumes.js';

/** Short enough to fit a column that starts mid-page. */
const COLUMN_BODY = ['Built the ordering API in Go', 'Cut p99 latency by 70%', 'Moved billing to PostgreSQL'];
const BODY = [
  'Built the ordering API in Go serving 2,000 requests per second',
  'Cut p99 latency from 300 ms to 80 ms with a Redis read-through cache',
  'Migrated billing to PostgreSQL with zero downtime',
];

beforeAll(async () => {
  void warmUpExtractors();
  // The first file waits for a worker to load pdf.js; later tests then measure only their own work.
  await extractFile(await makeTextPdf(['Warm-up', ...BODY]));
}, 120_000);

afterAll(async () => {
  await shutdownExtractors();
});

describe('extractFile: PDF', () => {
  it('reads a one-column resume line by line, with page counts', async () => {
    const lines = STRONG_BACKEND_RESUME.filter((l) => l.length > 0).map((l) => l.replace(/[–]/g, '-'));
    const result = await extractFile(await makeTextPdf(lines), { fileName: 'priya.pdf' });
    expect(result).toMatchObject({
      format: 'pdf',
      pages: 1,
      pagesAnalysed: 1,
      truncated: false,
      fileName: 'priya.pdf',
      readingOrder: 'stored',
    });
    expect(result.text.split('\n').slice(0, 2)).toEqual(['Priya Raman', 'Senior Backend Engineer']);
    expect(result.text).toContain('\nEXPERIENCE\nSenior Backend Engineer, Parcelway');
    expect(result.links.map((l) => l.url)).toEqual(
      expect.arrayContaining(['mailto:priya.raman@example.com', 'https://linkedin.com/in/priya-raman-example']),
    );
    expect(result.bytes).toBeGreaterThan(0);
  });

  it('keeps a sound two-column file in its stored order', async () => {
    const pdf = await makeTwoColumnPdf(
      ['Jordan Avery'],
      ['# SKILLS', 'Go, Java', 'Redis, Kafka'],
      ['# EXPERIENCE', ...COLUMN_BODY],
    );
    const result = await extractFile(pdf);
    expect(result.readingOrder).toBe('stored');
    expect(result.text.split('\n')).toEqual([
      'Jordan Avery',
      'SKILLS',
      'Go, Java',
      'Redis, Kafka',
      'EXPERIENCE',
      ...COLUMN_BODY,
    ]);
  });

  it('rebuilds the reading order of a scrambled two-column export (headings drawn last, right column first)', async () => {
    const left = [
      '# SKILLS',
      'Go, Java, Python',
      'PostgreSQL, Redis',
      '# EDUCATION',
      'B.S. Computer Science',
      'Portland State University',
    ];
    const right = [
      '# EXPERIENCE',
      'Software Engineer, Orderly',
      ...COLUMN_BODY,
      '# PROJECTS',
      'Ledger: a double-entry service',
    ];
    const pdf = await makeTwoColumnPdf(['Jordan Avery', 'Backend Engineer'], left, right, {
      rightFirst: true,
      headingsLast: true,
    });
    const result = await extractFile(pdf);
    expect(result.readingOrder).toBe('rebuilt');
    const plain = (lines: string[]): string[] => lines.map((l) => l.replace(/^# /, ''));
    expect(result.text.split('\n')).toEqual(['Jordan Avery', 'Backend Engineer', ...plain(left), ...plain(right)]);
    expect(result.notes.join(' ')).toMatch(/rebuilt/);
  });

  it('turns ligatures into letters and Word private-use bullets into •', async () => {
    // Codes 0xB7/0xC1/0xC2 are mapped by the font's ToUnicode CMap to U+F0B7, U+FB01 (ﬁ) and U+FB02 (ﬂ).
    const pdf = makeToUnicodePdf(
      [
        '\xB7 Led the of\xC1ce work\xC2ow redesign for 40 people',
        '\xB7 Built a pro\xC1le service with 12 endpoints',
        'Plain line',
      ],
      { '\xB7': '\uF0B7', '\xC1': '\uFB01', '\xC2': '\uFB02' },
    );
    const result = await extractFile(pdf);
    expect(result.text.split('\n')).toEqual([
      '• Led the office workflow redesign for 40 people',
      '• Built a profile service with 12 endpoints',
      'Plain line',
    ]);
  });

  it('collapses letter-spaced headings', async () => {
    const result = await extractFile(await makeTextPdf(['S T U D E N T', 'W O R K  E X P E R I E N C E', ...BODY]));
    expect(result.text.split('\n').slice(0, 2)).toEqual(['STUDENT', 'WORK EXPERIENCE']);
  });

  it('resolves a visible "LinkedIn" label to its link annotation target', async () => {
    const pdf = await makeLinkedPdf(['Jordan Avery', 'LinkedIn', 'GitHub', ...BODY], {
      1: 'https://www.linkedin.com/in/jordan-avery-example',
      2: 'https://github.com/jordan-example',
    });
    const result = await extractFile(pdf);
    expect(result.links).toEqual(
      expect.arrayContaining([
        { text: 'LinkedIn', url: 'https://www.linkedin.com/in/jordan-avery-example', page: 1 },
        { text: 'GitHub', url: 'https://github.com/jordan-example', page: 1 },
      ]),
    );
  });

  it('opens a PDF protected only by an owner password', async () => {
    const result = await extractFile(makeEncryptedPdf(['Jordan Avery', ...BODY]));
    expect(result.text.split('\n')).toEqual(['Jordan Avery', ...BODY]);
  });

  it('reads at most maxPages pages of a long file and says so', async () => {
    const pdf = makeManyPagesPdf(12, ['A page of a long academic CV with plenty of text on it', ...BODY]);
    const result = await extractFile(pdf, { maxPages: 2 });
    expect(result).toMatchObject({ pages: 12, pagesAnalysed: 2, truncated: true });
    expect(result.text.split('\n').filter((l) => l.startsWith('A page of')).length).toBe(2);
    expect(result.notes).toContain('Only the first 2 of 12 pages were read.');
  });
});

describe('extractFile: DOCX and text', () => {
  const MARKDOWN = [
    '# Jordan Avery',
    'Backend Engineer',
    '[GitHub](https://github.com/jordan-example)',
    '## Experience',
    'Software Engineer, Orderly',
    ...BODY.map((b) => `- ${b}`),
    '## Skills',
    'Go, Java, PostgreSQL',
  ].join('\n');

  async function makeDocx(): Promise<Uint8Array> {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Jordan Avery', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'Backend Engineer' }),
            new Paragraph({
              children: [
                new ExternalHyperlink({
                  link: 'https://github.com/jordan-example',
                  children: [new TextRun({ text: 'GitHub' })],
                }),
              ],
            }),
            new Paragraph({ text: 'Experience', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: 'Software Engineer, Orderly' }),
            ...BODY.map((b) => new Paragraph({ text: b, bullet: { level: 0 } })),
            new Paragraph({ text: 'Skills', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: 'Go, Java, PostgreSQL' }),
          ],
        },
      ],
    });
    return new Uint8Array(await Packer.toBuffer(doc));
  }

  it('gives the same lines and links for a DOCX and the same resume pasted as Markdown', async () => {
    const docx = await extractFile(await makeDocx(), { fileName: 'resume.pdf' });
    const pasted = extractPastedText(MARKDOWN);
    expect(docx.format).toBe('docx');
    expect(docx.text.split('\n')).toEqual(pasted.text.split('\n'));
    expect(docx.text.split('\n')).toContain(`• ${BODY[0]}`);
    expect(docx.links).toEqual([{ text: 'GitHub', url: 'https://github.com/jordan-example', page: null }]);
    expect(pasted.links).toEqual(docx.links);
    expect(docx).toMatchObject({ pages: null, pagesAnalysed: null, truncated: false, fileName: 'resume.pdf' });
  });

  it('treats a plain-text upload like pasted text', async () => {
    const result = await extractFile(new TextEncoder().encode(MARKDOWN), { fileName: 'resume.md' });
    expect(result.format).toBe('text');
    expect(result.text).toBe(extractPastedText(MARKDOWN).text);
  });
});
