import { describe, expect, it } from 'vitest';
import {
  isSpeck,
  dropLeadingIcon,
  dropTrailingRule,
  MIN_LINE_CONFIDENCE,
  OCR_FONT,
  ocrPageLines,
  restoreBullet,
  undoMarkMisreads,
} from '../../src/core/extract/ocr-lines.js';
import type { OcrLineLike, OcrWordLike } from '../../src/core/extract/ocr-types.js';

interface WordSpec {
  text: string;
  /** Box height in pixels (default: the line's). */
  h?: number;
  conf?: number;
  /** Extra pixels before the word (a column gap). */
  before?: number;
}

/** A tesseract line: words 12 px per character, 12 px apart, bottoms on the baseline unless given a height. */
function line(words: string | WordSpec[], confidence: number, y0: number, height = 20, x = 100): OcrLineLike {
  const specs: WordSpec[] = typeof words === 'string' ? words.split(' ').map((text) => ({ text })) : words;
  let at = x;
  const boxes = specs.map((w) => {
    at += w.before ?? 0;
    const h = w.h ?? height;
    const box = { x0: at, y0: y0 + height - h, x1: at + 12 * [...w.text].length, y1: y0 + height };
    at = box.x1 + 12;
    return { text: w.text, confidence: w.conf ?? confidence, bbox: box };
  });
  return {
    text: `${specs.map((w) => w.text).join(' ')}\n`,
    confidence,
    bbox: { x0: x, y0, x1: Math.max(x + 1, at - 12), y1: y0 + height },
    baseline: { x0: x, y0: y0 + height, x1: at, y1: y0 + height },
    rowAttributes: { rowHeight: height },
    words: boxes,
  };
}

const texts = (lines: readonly OcrLineLike[], pointsPerPixel = 1): string[] =>
  ocrPageLines([{ paragraphs: [{ lines: [...lines] }] }], pointsPerPixel).lines.map((l) => l.text);

describe('ocrPageLines', () => {
  it('orders lines by position (not by tesseract block order), converts pixels to points, sizes lines from their capitals', () => {
    const page = ocrPageLines(
      [
        { paragraphs: [{ lines: [line('EXPERIENCE', 95, 100, 28), line('Built the orders API', 90, 140)] }] },
        { paragraphs: [{ lines: [line('SKILLS', 80, 50, 28)] }] },
      ],
      0.5,
    );
    expect(page.lines.map((l) => l.text)).toEqual(['SKILLS', 'EXPERIENCE', 'Built the orders API']);
    // Cap height 28 px = 14 pt at 0.5 pt/px; ÷ 0.7 = a 20 pt font.
    expect(page.lines[1]).toMatchObject({ x0: 50, x1: 110, y: 64, font: OCR_FONT });
    expect(page.lines[1]?.size).toBeCloseTo(20, 5);
    expect(page.words).toBe(6);
    expect(page.confidenceSum).toBe(95 + 90 * 4 + 80);
  });

  it('drops lines too unsure to be text, and lines with no letter or digit', () => {
    const page = ocrPageLines(
      [
        {
          paragraphs: [
            { lines: [line('Go Python', 90, 0), line('~~ ||', 90, 30), line('Wl1 ;', MIN_LINE_CONFIDENCE - 1, 60)] },
          ],
        },
      ],
      1,
    );
    expect(page.lines.map((l) => l.text)).toEqual(['Go Python']);
    expect(page.words).toBe(2);
  });

  it('judges a line on its words once an icon read as a mark is dropped (the icon dragged its confidence down)', () => {
    const read = line(
      [
        { text: '!', conf: 0 },
        { text: 'anais.choquet@outlook.fr', conf: 68 },
      ],
      17,
      0,
    );
    expect(texts([read])).toEqual(['anais.choquet@outlook.fr']);
  });

  it('cuts two headings side by side (read by tesseract as one line) at the gutter, and reads column by column', () => {
    const rows: OcrLineLike[] = [line([{ text: 'EDUCATION' }, { text: 'PROJECTS', before: 300 }], 95, 0, 28)];
    for (let i = 0; i < 6; i += 1) {
      const y = 40 + 30 * i;
      rows.push(line(`Left column line ${i + 1}`, 90, y, 20, 100));
      rows.push(line(`Right column line ${i + 1}`, 90, y, 20, 560));
    }
    const out = texts(rows);
    expect(out).toContain('EDUCATION');
    expect(out).toContain('PROJECTS');
    expect(out.indexOf('Left column line 6')).toBeLessThan(out.indexOf('PROJECTS'));
    expect(out.indexOf('PROJECTS')).toBeLessThan(out.indexOf('Right column line 1'));
  });

  it('keeps a title and its date on one line, a tab between them', () => {
    expect(texts([line([{ text: 'Acme' }, { text: 'Corp' }, { text: '2021', before: 400 }], 90, 0)])).toEqual([
      'Acme Corp\t2021',
    ]);
  });

  it('drops an icon before a heading and a rule drawn after it, and restores a bullet dot', () => {
    const out = texts([
      line([{ text: 'HB', conf: 52 }, { text: 'Experiences' }, { text: '~~~~~~~~', h: 3 }], 90, 0, 24),
      line([{ text: 'e', h: 9, conf: 20 }, { text: 'Led' }, { text: 'the' }, { text: 'team' }], 90, 40, 24),
    ]);
    expect(out).toEqual(['Experiences', '• Led the team']);
  });
});

describe('dropLeadingIcon / dropTrailingRule', () => {
  const w = (text: string, h: number, confidence = 95): OcrWordLike => ({
    text,
    confidence,
    bbox: { x0: 0, y0: 0, x1: 10, y1: h },
  });
  it('drops a token taller than the capitals, or a doubted one before a capital', () => {
    expect(dropLeadingIcon([w('©', 36, 90), w('Skills', 25)], 25).map((x) => x.text)).toEqual(['Skills']);
    expect(dropLeadingIcon([w('OB', 23, 66), w('Languages', 33)], 25).map((x) => x.text)).toEqual(['Languages']);
  });
  it('drops a doubted mark with no letter or digit before a lowercase word too', () => {
    expect(dropLeadingIcon([w('!', 24, 0), w('anais@x.fr', 25)], 25).map((x) => x.text)).toEqual(['anais@x.fr']);
    expect(dropLeadingIcon([w('!', 24, 95), w('anais@x.fr', 25)], 25)).toHaveLength(2);
  });
  it('keeps a sure short word, a small bullet dot and a lone word', () => {
    expect(dropLeadingIcon([w('My', 25, 96), w('Projects', 25)], 25)).toHaveLength(2);
    expect(dropLeadingIcon([w('e', 12, 13), w('Led', 21)], 21)).toHaveLength(2);
    expect(dropLeadingIcon([w('©', 36, 10)], 25)).toHaveLength(1);
  });
  it('drops flat boxes, marks and repeated characters from the end only', () => {
    expect(dropTrailingRule([w('Profile', 25), w('~~~', 25), w('0000000', 25)], 25).map((x) => x.text)).toEqual([
      'Profile',
    ]);
    expect(dropTrailingRule([w('Experience', 25), w('OO', 3)], 25).map((x) => x.text)).toEqual(['Experience']);
    expect(dropTrailingRule([w('C++', 25), w('Go', 25)], 25)).toHaveLength(2);
  });
});

describe('restoreBullet', () => {
  it.each([
    ['e Responsible for the API', '• Responsible for the API'],
    ['« Worked on billing', '• Worked on billing'],
    ['© Cut latency by 40%', '• Cut latency by 40%'],
    ['* 3 services migrated', '• 3 services migrated'],
    ['¢ Responsible for billing', '• Responsible for billing'],
  ])('reads a misread bullet glyph as a bullet: %s', (input, expected) => {
    expect(restoreBullet(input)).toBe(expected);
  });

  it.each([
    'e-commerce platform',
    'o and then',
    'Engineer at Parcelwise',
    'eBay Marketplace',
    '$ 5M raised',
    '(Remote)',
  ])('leaves ordinary text alone: %s', (input) => {
    expect(restoreBullet(input)).toBe(input);
  });
});

describe('undoMarkMisreads', () => {
  it.each([
    ['‘Work Experience', 'Work Experience'],
    ['« | have built this', '« I have built this'],
    ['My collaborators and | developed a probiotic', 'My collaborators and I developed a probiotic'],
    ['Certiﬁed ﬂight instructor', 'Certified flight instructor'],
  ])('%s → %s', (input, expected) => {
    expect(undoMarkMisreads(input)).toBe(expected);
  });

  it.each(["'Til Dawn' festival", 'Go | Python | Rust', '.NET developer'])('leaves %s alone', (input) => {
    expect(undoMarkMisreads(input)).toBe(input);
  });
});

describe('isSpeck', () => {
  it('drops a letter or two set far smaller than the text (an icon bit read as "o"), keeps the rest', () => {
    expect(isSpeck('o', 4.6, 12)).toBe(true);
    expect(isSpeck('Py', 2.1, 12)).toBe(true);
    expect(isSpeck('7', 10, 12)).toBe(false);
    expect(isSpeck('CV', 11, 12)).toBe(false);
    expect(isSpeck('Go, C', 4, 12)).toBe(false);
  });
});
