/**
 * Entry-header classes found on the fourth fresh set's dev split: the employer in brackets after the title,
 * a place after a dash, two titles before a dash, a Markdown bold title, the place after the dates, place names
 * of several words, role words in other languages and an open end written in them.
 */
import { describe, expect, it } from 'vitest';
import { findName, nameFromLine } from '../../src/core/resume/contact.js';
import { findDateRange } from '../../src/core/resume/dates.js';
import { parseEntries } from '../../src/core/resume/entries.js';
import { toLines } from '../../src/core/resume/lines.js';
import { trailingLocation } from '../../src/core/resume/places.js';
import type { SectionKind } from '../../src/core/resume/types.js';

const head = (kind: SectionKind, text: string) => {
  const [e] = parseEntries(toLines(text), kind);
  return [e?.title ?? null, e?.organization ?? null, e?.location ?? null, e?.dateText ?? null];
};

describe('"Title (Employer)"', () => {
  it('splits the employer out of the brackets', () => {
    expect(head('experience', 'Head Gardener (Fellside House & Gardens)    2020 – present')).toEqual([
      'Head Gardener',
      'Fellside House & Gardens',
      null,
      '2020 – present',
    ]);
    expect(head('experience', 'Gardener (Lakeland Landscapes Ltd)    2015 – 2020').slice(0, 2)).toEqual([
      'Gardener',
      'Lakeland Landscapes Ltd',
    ]);
  });

  it('leaves a way of working, a note or a lower-case aside in the title', () => {
    expect(head('experience', 'Software Developer (Contract), Acme Ltd    2020 – 2021').slice(0, 2)).toEqual([
      'Software Developer (Contract)',
      'Acme Ltd',
    ]);
    expect(
      head('experience', 'Maintenance Fitter (FIFO 8/6), Goldfields Processing Pty Ltd    2019 – Present')[0],
    ).toBe('Maintenance Fitter (FIFO 8/6)');
    expect(head('experience', 'Care Assistant (nights)    2018 – 2019')[1]).toBeNull();
  });
});

describe('a place after a dash', () => {
  it('reads "Org — City" over the title line', () => {
    expect(head('experience', "Queen's Medical Centre — Nottingham\nStaff Nurse    2021 – present")).toEqual([
      'Staff Nurse',
      "Queen's Medical Centre",
      'Nottingham',
      '2021 – present',
    ]);
    expect(
      head('education', 'University of Nottingham — Nottingham\nBSc (Hons) Nursing (Adult)    2017 – 2020'),
    ).toEqual(['BSc (Hons) Nursing (Adult)', 'University of Nottingham', 'Nottingham', '2017 – 2020']);
  });

  it('reads "Title, Org — City, ST, dates"', () => {
    expect(head('experience', 'Sales Development Representative, Brightlane HR — Austin, TX, 2023 – Present')).toEqual([
      'Sales Development Representative',
      'Brightlane HR',
      'Austin, TX',
      '2023 – Present',
    ]);
  });

  it('keeps "Title — Employer" an employer when nothing marks the side before the dash as the organisation', () => {
    expect(head('experience', 'Barista — Monmouth    2019 – 2020').slice(0, 3)).toEqual(['Barista', 'Monmouth', null]);
  });
});

describe('two titles before a dash', () => {
  it('keeps both titles in the title', () => {
    expect(
      head('experience', 'Clinical Pharmacist, Ambulatory Care — Scioto Valley Health, Columbus, OH    2020 – Present'),
    ).toEqual(['Clinical Pharmacist, Ambulatory Care', 'Scioto Valley Health', 'Columbus, OH', '2020 – Present']);
    expect(head('experience', 'Shift Lead, Barista – Bean There Cafe, Leeds    2019 – 2021').slice(0, 2)).toEqual([
      'Shift Lead, Barista',
      'Bean There Cafe',
    ]);
  });
});

describe('Markdown and the place as the last part', () => {
  it('splits an unknown town off a bold title line', () => {
    expect(head('experience', '**Data Analyst** — Pennine Energy Co-op, Stockport (2019 – 2022)')).toEqual([
      'Data Analyst',
      'Pennine Energy Co-op',
      'Stockport',
      '2019 – 2022',
    ]);
  });

  it('reads the place after the dates', () => {
    expect(head('experience', 'Store Manager | Welland Garden Centre | 2019 – Present | Market Harborough')).toEqual([
      'Store Manager',
      'Welland Garden Centre',
      'Market Harborough',
      '2019 – Present',
    ]);
  });
});

describe('place names of several words', () => {
  it('keeps the particles of a place name', () => {
    expect(trailingLocation('Hotel Samba, Lloret de Mar, Spain')?.location).toBe('Lloret de Mar, Spain');
    expect(head('experience', 'Guía turística, Viajes Teide, Santa Cruz de Tenerife    2017 – 2021')).toEqual([
      'Guía turística',
      'Viajes Teide',
      'Santa Cruz de Tenerife',
      '2017 – 2021',
    ]);
  });
});

describe('other languages', () => {
  it('reads role words of German, Spanish and Portuguese headers', () => {
    expect(head('experience', 'Servicetechniker, Frostwerk Kältetechnik GmbH, Regensburg    03/2021 – heute')).toEqual([
      'Servicetechniker',
      'Frostwerk Kältetechnik GmbH',
      'Regensburg',
      '03/2021 – heute',
    ]);
    expect(
      head('experience', 'Engenheira de Qualidade, Metalúrgica do Douro, Vila Nova de Gaia    2021 – atual'),
    ).toEqual(['Engenheira de Qualidade', 'Metalúrgica do Douro', 'Vila Nova de Gaia', '2021 – atual']);
  });

  it('reads an open end in German, Spanish, Portuguese, French and Chinese', () => {
    for (const text of ['03/2021 – heute', '2021 – actualidad', '2021 – atual', "2020 – aujourd'hui", '2020.07 – 至今'])
      expect(findDateRange(text)?.end).toBe('present');
    expect(findDateRange('2019 – 2021')?.end).toBe('2021');
  });
});

describe('names with a form of address or credentials', () => {
  it('drops "Dr" before and credentials after the name', () => {
    expect(nameFromLine('Rosalind Pike RVN')).toBe('Rosalind Pike');
    expect(nameFromLine('Dr Tomasz Wielgosz')).toBe('Tomasz Wielgosz');
    expect(nameFromLine('Oluwaseun Adeyemi CEng MICE')).toBe('Oluwaseun Adeyemi');
    expect(nameFromLine('Dr Farida Haque PharmD')).toBe('Farida Haque');
    expect(findName(['Prof. Ana de la Cruz', 'ana@example.es'])).toBe('Ana de la Cruz');
  });

  it('keeps a name in capitals, a generational suffix and a two-word name whole', () => {
    expect(nameFromLine('HARRIET OYELARAN')).toBe('HARRIET OYELARAN');
    expect(nameFromLine('John Smith III')).toBe('John Smith III');
    expect(nameFromLine('Dr Who')).toBe('Dr Who');
  });
});

describe('a grade that is part of the title', () => {
  it('keeps "Grade 2" before a role and still takes a GPA out', () => {
    expect(head('experience', 'Grade 2 Physiotherapist, Barwon Health    2019 – 2021')[0]).toBe(
      'Grade 2 Physiotherapist',
    );
    const [e] = parseEntries(
      toLines('BSc Computer Science, State University, GPA 3.8/4.0    2016 – 2020'),
      'education',
    );
    expect(e?.lines.join(' ')).toContain('GPA 3.8/4.0');
  });
});
