import { describe, expect, it } from 'vitest';
import { parseEntries } from '../../src/core/resume/entries.js';
import { parseItems } from '../../src/core/resume/items.js';
import { toLines } from '../../src/core/resume/lines.js';
import { isPlaceName } from '../../src/core/resume/places.js';
import { endsOpen, wrapsByLayout } from '../../src/core/resume/prose.js';
import type { SectionKind } from '../../src/core/resume/types.js';

const entries = (kind: SectionKind, text: string) => parseEntries(toLines(text), kind);
const items = (text: string) => parseItems(toLines(text));

describe('entry headers: title, employer, place', () => {
  it('splits a role from an employer described in lower case', () => {
    const [e] = entries('experience', 'Kitchen Porter, various pubs, 2015 – 2017');
    expect([e?.title, e?.organization, e?.dateText]).toEqual(['Kitchen Porter', 'various pubs', '2015 – 2017']);
  });

  it('keeps a role and a sentence together (the second piece opens with a verb)', () => {
    const [e] = entries('experience', 'Cashier, handled returns, 2015 – 2017');
    expect(e?.organization).toBeNull();
  });

  it('reads a name headed by an organisation word as the employer, even with a role word in it', () => {
    const [e] = entries('leadership', 'Secretary, Student Film Society, 2020 – 2021');
    expect([e?.title, e?.organization]).toEqual(['Secretary', 'Student Film Society']);
  });

  it('takes a known city after the employer as the location, not an ordinary noun', () => {
    const [e] = entries('experience', 'Chef de Partie — Harbour Kitchen, Glasgow | 2018 – 2020');
    expect([e?.organization, e?.location]).toEqual(['Harbour Kitchen', 'Glasgow']);
    const [f] = entries('volunteering', 'Reading Volunteer, Hillside Library (Saturdays, 2016 - 2018)');
    expect([f?.organization, f?.location, f?.dateText]).toEqual(['Hillside Library', null, '2016 - 2018']);
    expect(f?.lines).toContain('Saturdays');
  });

  it('reads "remote" after the employer as the location', () => {
    const [e] = entries('experience', 'Support Engineer, Quillon, remote, 2020 – 2022');
    expect([e?.organization, e?.location]).toEqual(['Quillon', 'remote']);
  });

  it('keeps its own employer on a one-line role under a two-line entry of the same employer', () => {
    const es = entries(
      'experience',
      [
        'Senior Optician — Clearview Opticians #12, Leeds',
        '03/2019 – present',
        '- Ran 14 eye tests a day',
        'Optical Assistant, Clearview Opticians, 2016 - 2019',
        '- Fitted frames',
      ].join('\n'),
    );
    expect(es.map((e) => [e.title, e.organization])).toEqual([
      ['Senior Optician', 'Clearview Opticians #12'],
      ['Optical Assistant', 'Clearview Opticians'],
    ]);
  });

  it('splits a school named last from a programme without a degree word', () => {
    const [e] = entries('education', 'Phlebotomy Course, Riverside Technical College, 2019');
    expect([e?.title, e?.organization]).toEqual(['Phlebotomy Course', 'Riverside Technical College']);
  });
});

describe('project entries', () => {
  it('reads "Name — what it is" lines as one entry each, the description under the name', () => {
    const es = entries(
      'projects',
      [
        'Tide Tracker — an app that warns kayakers of strong tides',
        'Seed Swap Board 2022 — a noticeboard for 30 gardeners',
      ].join('\n'),
    );
    expect(es.map((e) => [e.title, e.dateText])).toEqual([
      ['Tide Tracker', null],
      ['Seed Swap Board', '2022'],
    ]);
    expect(es[0]?.lines).toEqual(['an app that warns kayakers of strong tides']);
    expect(es[0]?.bullets).toEqual([]);
  });

  it('names a project by its name, not by a job word in its description', () => {
    const [e] = entries('projects', 'Shelter Rota (Vue, 2023) — schedules 50 volunteer dog walkers');
    expect(e?.title).toBe('Shelter Rota');
    expect(e?.organization).toBeNull();
    expect(e?.lines).toContain('schedules 50 volunteer dog walkers');
    expect(e?.bullets).toEqual([]);
  });

  it('keeps a title-case subtitle in the name', () => {
    const [e] = entries('projects', 'Packet Sniffer – Traffic Analysis  March 2024\n- Captured 2 GB of traffic');
    expect(e?.title).toBe('Packet Sniffer – Traffic Analysis');
  });
});

describe('list items', () => {
  it('does not join two certificates because the first is long', () => {
    expect(
      items(
        [
          'Registered Veterinary Nurse, Royal College of Veterinary Surgeons (reg. 4471-22)',
          'Small Animal Anaesthesia Certificate, 2021',
        ].join('\n'),
      ),
    ).toHaveLength(2);
  });

  it('does not join a short list of names under a long line', () => {
    expect(items('Certified Pool Operator (CPO), issued by the county health board\nCPR, AED, First Aid')).toHaveLength(
      2,
    );
  });

  it('joins a line that stops mid-phrase or inside a bracket', () => {
    expect(items('Award for Service to the Department of\nPhysics, 2019\nTop Scholar')).toEqual([
      'Award for Service to the Department of Physics, 2019',
      'Top Scholar',
    ]);
    expect(items('Diploma in Floristry (City College,\n2018)\nWedding Flowers Masterclass')).toEqual([
      'Diploma in Floristry (City College, 2018)',
      'Wedding Flowers Masterclass',
    ]);
  });

  it('joins a short remainder under a long unfinished line', () => {
    const long = 'Food Hygiene Level 3 certificate awarded by the Royal Society for Public Environmental';
    expect(items(`${long}\nHealth, 2020\nManual Handling, 2019`)).toEqual([
      `${long} Health, 2020`,
      'Manual Handling, 2019',
    ]);
  });

  it('reads a certificate / issuer / year row as one item', () => {
    expect(items('First Aid at Work\tSt John Ambulance\t2022')).toEqual(['First Aid at Work, St John Ambulance, 2022']);
  });
});

describe('text helpers', () => {
  it('endsOpen: a line ending on a preposition, conjunction or article goes on', () => {
    expect(endsOpen('Certificate from the University of')).toBe(true);
    expect(endsOpen('completed online via')).toBe(true);
    expect(endsOpen('Arizona DHS certified')).toBe(false);
    expect(endsOpen('Lean Six Sigma Green Belt')).toBe(false);
  });

  it('isPlaceName: cities compromise knows, not organisations that read as places', () => {
    expect(isPlaceName('Glasgow')).toBe(true);
    expect(isPlaceName('Riverside Library')).toBe(false);
    expect(isPlaceName('Harbour Kitchen')).toBe(false);
  });

  it('wrapsByLayout: the next first word would not have fitted on the line above', () => {
    const facts = (x: number, width: number) => ({ x, width, gapAbove: 1 });
    const right = 500;
    expect(
      wrapsByLayout(
        { text: 'a'.repeat(80), facts: facts(50, 440) },
        { text: 'Health, 2020', facts: facts(50, 60) },
        right,
      ),
    ).toBe(true);
    expect(
      wrapsByLayout(
        { text: 'a'.repeat(40), facts: facts(50, 220) },
        { text: 'Health, 2020', facts: facts(50, 60) },
        right,
      ),
    ).toBe(false);
    expect(wrapsByLayout({ text: 'a', facts: null }, { text: 'b', facts: null }, right)).toBeNull();
  });
});
