import { describe, expect, it } from 'vitest';
import { findDateRange, isDateOnly } from '../../src/core/resume/dates.js';

function range(text: string): [string | null, string | null] | null {
  const r = findDateRange(text);
  return r === null ? null : [r.start, r.end];
}

describe('findDateRange: single formats', () => {
  it.each([
    ['Jan 2020', '2020-01'],
    ['January 2020', '2020-01'],
    ['Sept 2019', '2019-09'],
    ['Jan. 2020', '2020-01'],
    ["Jan. '20", '2020-01'],
    ['Jan ’19', '2019-01'],
    ['December, 2020', '2020-12'],
    ['01/2020', '2020-01'],
    ['1/2020', '2020-01'],
    ['2020-01', '2020-01'],
    ['2022/10', '2022-10'],
    ['06.2019', '2019-06'],
    ['2019', '2019'],
    ['Spring 2021', '2021'],
    ['Fall 2023', '2023'],
    ['October 13, 2024', '2024-10'],
    ['13 Oct 2024', '2024-10'],
  ])('%s → %s', (text, value) => {
    expect(range(text)).toEqual([value, value]);
  });
});

describe('findDateRange: ranges', () => {
  it.each([
    ['2019 – Present', '2019', 'present'],
    ['Sept 2019 - Current', '2019-09', 'present'],
    ['2018–2020', '2018', '2020'],
    ['Jan 2020 to Mar 2021', '2020-01', '2021-03'],
    ["Jan. '20 – Present", '2020-01', 'present'],
    ['06/2021 - 08/2021', '2021-06', '2021-08'],
    ['2022/10-2024/07', '2022-10', '2024-07'],
    ['2018-19', '2018', '2019'],
    ['2017‑20', '2017', '2020'],
    ['Dec 2021–May 2022', '2021-12', '2022-05'],
    ['Aug 2023 - Actual', '2023-08', 'present'],
    ['Feb 2024 - Now', '2024-02', 'present'],
    ['Summer 2012 and 2013', '2012', '2013'],
    ['Fall 2023 - Present', '2023', 'present'],
    ['May. 2016 ‑ Jun. 2019', '2016-05', '2019-06'],
    ['June 2022 – Sept. 2022', '2022-06', '2022-09'],
    ['December, 2020 - Present', '2020-12', 'present'],
  ])('%s', (text, start, end) => {
    expect(range(text)).toEqual([start, end]);
  });

  it('reads a range whose dash was lost in extraction ("Dec. 2021 Mar. 2026")', () => {
    expect(range('Dec. 2021 Mar. 2026')).toEqual(['2021-12', '2026-03']);
  });

  it('finds a right-aligned range at the end of a title line and reports its offset', () => {
    const line = 'Software Engineer\tOct 2016 – Present';
    const r = findDateRange(line);
    expect(r?.text).toBe('Oct 2016 – Present');
    expect(r?.index).toBe(line.indexOf('Oct'));
  });

  it('keeps the date text verbatim', () => {
    expect(findDateRange("Data Scientist (Jan. '20 – Present)")?.text).toBe("Jan. '20 – Present");
  });

  it('prefers a range over an earlier lone year', () => {
    expect(range('2015 Award winner, worked Jan 2016 - Mar 2017')).toEqual(['2016-01', '2017-03']);
  });

  it('reads "Since August 2024" as open-ended', () => {
    expect(range('Master of Computer Applications Since August 2024')).toEqual(['2024-08', 'present']);
  });

  it('reads "Expected June 2023" as an end date only', () => {
    expect(range('University of California Expected June 2023')).toEqual([null, '2023-06']);
  });
});

describe('findDateRange: not dates', () => {
  it.each([
    'Reduced latency by 45 ms at 12000 QPS',
    'GPA: 3.59',
    'Windows 7/10',
    'Managed 1500 employees',
    '4.5 years',
    'Python, Go, Rust',
    // A licence or phone number: no date is read out of a longer digit-dash run.
    'Registered Pharmacist, Ohio State Board of Pharmacy (license 03-2018-4471)',
    'Licence no. 2018-44710',
  ])('%s', (text) => {
    expect(findDateRange(text)).toBeNull();
  });
});

describe('isDateOnly', () => {
  it('accepts a lone range with punctuation', () => {
    expect(isDateOnly('(2015 - 2018)')).toBe(true);
    expect(isDateOnly('Graduated May 2022')).toBe(true);
  });
  it('rejects a line with other words', () => {
    expect(isDateOnly('Acme Corp 2015 - 2018')).toBe(false);
  });
});

describe('findDateRange: dates beside codes', () => {
  it('still reads dates written with several groups', () => {
    expect(findDateRange('Intern 01/2019-12/2020')).toMatchObject({ start: '2019-01', end: '2020-12' });
    expect(findDateRange('Certified 2018-03-15')?.start).toBe('2018-03');
  });
  it('reads the real dates on a line that also holds a code', () => {
    expect(findDateRange('Pharmacist (license 03-2018-4471), 2018 – 2021')).toMatchObject({
      start: '2018',
      end: '2021',
    });
  });
});
