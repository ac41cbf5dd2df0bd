/**
 * Email addresses OCR split or misread, repaired only where the repair has one reading.
 */
import { describe, expect, it } from 'vitest';
import type { PageInk } from '../../src/core/extract/ocr-bullets.js';
import { dotInGap, joinEmailWords, repairEmailText } from '../../src/core/extract/ocr-email.js';
import type { OcrWordLike } from '../../src/core/extract/ocr-types.js';

const W = 300;
const H = 40;
const BASELINE = 30;
const CAP = 12;

function paper(): PageInk {
  return { grey: new Uint8Array(W * H).fill(255), width: W, height: H };
}

function ink(page: PageInk, x0: number, y0: number, x1: number, y1: number): void {
  for (let y = y0; y < y1; y += 1) for (let x = x0; x < x1; x += 1) page.grey[y * W + x] = 0;
}

const word = (text: string, x0: number, x1: number, confidence = 80): OcrWordLike => ({
  text,
  confidence,
  bbox: { x0, y0: BASELINE - CAP, x1, y1: BASELINE },
});

const join = (words: OcrWordLike[], page?: PageInk): string[] =>
  joinEmailWords(words, CAP, () => BASELINE, page).map((w) => w.text);

describe('dotInGap', () => {
  it('sees a dot on the baseline between two words', () => {
    const page = paper();
    ink(page, 52, BASELINE - 2, 54, BASELINE);
    expect(dotInGap(page, 50, 57, BASELINE, CAP)).toBe(true);
  });

  it('an empty gap, or a mark as tall as the letters, is no dot', () => {
    expect(dotInGap(paper(), 50, 57, BASELINE, CAP)).toBe(false);
    const page = paper();
    ink(page, 52, BASELINE - CAP, 54, BASELINE);
    expect(dotInGap(page, 50, 57, BASELINE, CAP)).toBe(false);
  });
});

describe('joinEmailWords', () => {
  it('joins a local part split at its dot when the dot is on the page', () => {
    const page = paper();
    ink(page, 52, BASELINE - 2, 54, BASELINE);
    expect(join([word('nick', 10, 50), word('asendorf@gmail.com', 57, 200)], page)).toEqual([
      'nick.asendorf@gmail.com',
    ]);
  });

  it('keeps two words apart with no dot between them, and a label before an address', () => {
    expect(join([word('nick', 10, 50), word('asendorf@gmail.com', 57, 200)], paper())).toEqual([
      'nick',
      'asendorf@gmail.com',
    ]);
    const page = paper();
    ink(page, 52, BASELINE - 2, 54, BASELINE);
    expect(join([word('Email:', 10, 50), word('asendorf@gmail.com', 57, 200)], page)).toEqual([
      'Email:',
      'asendorf@gmail.com',
    ]);
  });

  it('joins a word opening with the "@" to the local part before it', () => {
    expect(join([word('Email:sebaitsom6297', 10, 150), word('@gmail.com', 156, 220)])).toEqual([
      'Email:sebaitsom6297@gmail.com',
    ]);
  });

  it('does not join words a column apart, nor a handle that is no address', () => {
    expect(join([word('sebaitsom6297', 10, 150), word('@gmail.com', 200, 260)])).toHaveLength(2);
    expect(join([word('Twitter', 10, 80), word('@someone', 86, 160)])).toHaveLength(2);
  });
});

describe('repairEmailText', () => {
  it('undoes misreads of a known mail domain that have one reading', () => {
    expect(repairEmailText('datavistics@gmailcom | site')).toBe('datavistics@gmail.com | site');
    expect(repairEmailText('602-815-3335 yeow.koh@gmail.come www.x.com')).toBe(
      '602-815-3335 yeow.koh@gmail.com www.x.com',
    );
    expect(repairEmailText('cramsoftwareagmailcom | Houston')).toBe('cramsoftware@gmail.com | Houston');
    expect(repairEmailText('laxman.rai.07.26(@gmail.com')).toBe('laxman.rai.07.26@gmail.com');
  });

  it('reads the "@" OCR took for "©", "®" or "(a)", a space after the last dot, ".corn" for ".com"', () => {
    expect(repairEmailText('jo.lee©outlook.com | 555 0101')).toBe('jo.lee@outlook.com | 555 0101');
    expect(repairEmailText('m.ortiz®acme-labs.io')).toBe('m.ortiz@acme-labs.io');
    expect(repairEmailText('Email: kim(a)uni.edu')).toBe('Email: kim@uni.edu');
    expect(repairEmailText('+49 1736 anass.elmokaouil@hotmail. com')).toBe('+49 1736 anass.elmokaouil@hotmail.com');
    expect(repairEmailText('priya@studio.corn')).toBe('priya@studio.com');
    expect(repairEmailText('priya@studio.c0m, Leeds')).toBe('priya@studio.com, Leeds');
  });

  it('invents nothing: a © or "(a)" that makes no address, a sentence dot, a word "corn" stay', () => {
    for (const text of [
      '© 2024 Acme Ltd.',
      'Acme © Group',
      'see (a) above. com',
      'grew corn.corn at the farm',
      'Built it. Company grew',
      'ana@gmail. Then',
    ])
      expect(repairEmailText(text)).toBe(text);
  });

  it('leaves addresses, other domains and words alone', () => {
    for (const text of [
      'ana@gmail.com',
      'me@web.dev',
      'x@gmail.com.au',
      'www.gmail.com',
      'Tools: Outlook, Gmail',
      'a@yahoo.co.uk',
    ])
      expect(repairEmailText(text)).toBe(text);
  });
});
