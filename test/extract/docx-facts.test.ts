/**
 * DOCX paragraphs carry their typography to the parser: the block (Heading 1–6, list item, paragraph) stands in
 * for the font and bold for the weight, so a heading of unknown words set like the other headings is a section.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFile, shutdownExtractors } from '../../src/core/extract/index.js';
import { htmlToLines } from '../../src/core/extract/html-lines.js';
import { parseResume } from '../../src/core/resume/index.js';

afterAll(async () => {
  await shutdownExtractors();
});

describe('htmlToLines styles', () => {
  it('gives each line its block and whether all of it is bold', () => {
    const { lines, styles } = htmlToLines(
      '<h2>Repertoire</h2><p><strong>Awards</strong></p><p><strong>Cellist</strong>, Orchestra</p><ul><li>Played</li></ul><p>Body</p>',
    );
    expect(lines).toEqual(['Repertoire', 'Awards', 'Cellist, Orchestra', '• Played', 'Body']);
    expect(styles).toEqual([
      { block: 'h2', bold: false },
      { block: 'p', bold: true },
      { block: 'p', bold: false },
      { block: 'li', bold: false },
      { block: 'p', bold: false },
    ]);
  });
});

describe('DOCX headings by paragraph style', () => {
  const heading = (text: string): Paragraph => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
  const body = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)] });

  it('a Heading 2 paragraph of unknown words among Heading 2 headings is a section', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            body('Mira Holt'),
            body('mira.holt@example.com | +1 415 555 0142'),
            heading('Experience'),
            body('Cellist, City Orchestra, 2018 – present'),
            heading('Repertoire'),
            body('Bach suites; Elgar concerto'),
            heading('Education'),
            body('Conservatory, MMus, 2017'),
            heading('Competitions & Prizes'),
            body('Second prize, National Competition, 2014'),
          ],
        },
      ],
    });
    const extracted = await extractFile(new Uint8Array(await Packer.toBuffer(doc)));
    expect(extracted.lineFacts?.[4]).toMatchObject({ font: 'h2', bold: false, x: null, size: null });
    const sections = parseResume(extracted).sections.map((s) => [s.kind, s.heading]);
    expect(sections).toEqual([
      ['contact', null],
      ['experience', 'Experience'],
      ['other', 'Repertoire'],
      ['education', 'Education'],
      ['awards', 'Competitions & Prizes'],
    ]);
  });
});
