import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/core/extract/clean.js';
import { collapseLetterSpacing, segmentWords } from '../../src/core/text/letter-spacing.js';
import { splitGluedNameTitle } from '../../src/core/extract/name-title.js';

describe('cleanText', () => {
  it('turns ligatures into letters (NFKC)', () => {
    expect(cleanText('Of\uFB01ce work\uFB02ow, e\uFB03cient')).toBe('Office workflow, efficient');
  });

  it('maps Word private-use bullets to •', () => {
    const text = [
      '\uF0B7 Led the team',
      '\uF0A7 Cut costs',
      '\uF076 Shipped',
      '\uF0D8 Grew revenue',
      '\uF0FC Done',
    ].join('\n');
    expect(cleanText(text).split('\n')).toEqual([
      '• Led the team',
      '• Cut costs',
      '• Shipped',
      '• Grew revenue',
      '• Done',
    ]);
  });

  it('drops icon-font glyphs, control characters, U+FFFD, zero-width marks and emoji icons', () => {
    expect(cleanText('\uF095 +1 555 0100 \uE0E0 \u0088mail@example.com\uFFFD')).toBe('+1 555 0100 mail@example.com');
    expect(cleanText('Design\u200B Lead\u0007')).toBe('Design Lead');
    expect(cleanText('📱 +971 56 000 0000 | 📧 a@b.co')).toBe('+971 56 000 0000 | a@b.co');
  });

  it('keeps ordinary symbols people use as bullets', () => {
    expect(cleanText('✓ Passed audit\n★ Top performer')).toBe('✓ Passed audit\n★ Top performer');
  });

  it('joins a word broken by a soft hyphen at the end of a line and drops the others', () => {
    expect(cleanText('Technical Commu\u00AD\nnication and de\u00ADsign')).toBe('Technical Communication and design');
  });

  it('collapses letter-spaced words', () => {
    expect(cleanText('S T U D E N T')).toBe('STUDENT');
    expect(cleanText('P R O D U C T  D E S I G N E R')).toBe('PRODUCT DESIGNER');
  });

  it('removes page markers and "Page 1 of 2" lines', () => {
    const text = [
      'Jordan Avery',
      'Page 1 of 2',
      'Built things',
      '-- 1 of 2 --',
      '',
      'page 2',
      '2/3',
      '- 3 -',
      'More',
    ].join('\n');
    expect(cleanText(text)).toBe('Jordan Avery\nBuilt things\n\nMore');
  });

  it('keeps lines that merely contain numbers', () => {
    expect(cleanText('Cut build time from 12 to 3 minutes\n2019 - 2021\n3.8/4.0 GPA')).toBe(
      'Cut build time from 12 to 3 minutes\n2019 - 2021\n3.8/4.0 GPA',
    );
  });

  it('splits a name glued to the title on the first line', () => {
    expect(cleanText('Derek ThomasAI Solutions Architect · ML Success Engineer\nAbu Dhabi')).toBe(
      'Derek Thomas\nAI Solutions Architect · ML Success Engineer\nAbu Dhabi',
    );
  });

  it('tidies spaces but keeps column gaps as one tab, and collapses blank lines', () => {
    expect(cleanText('  Software   Engineer \t  Jan 2020 \r\n\n\n\nNext\n\n')).toBe(
      'Software Engineer\tJan 2020\n\nNext',
    );
  });
});

describe('collapseLetterSpacing', () => {
  it('puts word spaces back when the collapsed run splits into known words', () => {
    expect(collapseLetterSpacing('E D U C A T I O N A N D C E R T I F I C A T I O N')).toBe(
      'EDUCATION AND CERTIFICATION',
    );
    expect(collapseLetterSpacing('W O R K E X P E R I E N C E')).toBe('WORK EXPERIENCE');
  });

  it('leaves short letter groups and normal text alone', () => {
    expect(collapseLetterSpacing('R & D lead')).toBe('R & D lead');
    expect(collapseLetterSpacing('Languages: C, C++, Go')).toBe('Languages: C, C++, Go');
    expect(collapseLetterSpacing('I am a developer')).toBe('I am a developer');
  });

  it('keeps an unknown collapsed word as it is', () => {
    expect(collapseLetterSpacing('Z Y X W V U T S')).toBe('ZYXWVUTS');
    expect(segmentWords('ZYXWVUTS')).toBeNull();
  });
});

describe('splitGluedNameTitle', () => {
  it('does not split names with inner capitals or particles', () => {
    expect(splitGluedNameTitle('John McDonald')).toEqual(['John McDonald']);
    expect(splitGluedNameTitle('Ana DeShawn Software Engineer')).toEqual(['Ana DeShawn Software Engineer']);
    expect(splitGluedNameTitle('Jan MacArthur Data Engineer')).toEqual(['Jan MacArthur Data Engineer']);
  });

  it('does not split when the rest is a single word', () => {
    expect(splitGluedNameTitle('Maria GarciaLopez')).toEqual(['Maria GarciaLopez']);
  });

  it('only looks at the first line of the text', () => {
    expect(cleanText('Jordan Avery\nLed the TeamLead Working Group')).toBe(
      'Jordan Avery\nLed the TeamLead Working Group',
    );
  });
});
