/** Entry headers in odd formats: a place named last, a firm named by its trade, a name then a place. */
import { describe, expect, it } from 'vitest';
import { parseEntries } from '../../src/core/resume/entries.js';
import { toLines } from '../../src/core/resume/lines.js';
import type { SectionKind } from '../../src/core/resume/types.js';

const head = (text: string, kind: SectionKind = 'experience') =>
  parseEntries(toLines(text), kind).map((e) => ({ title: e.title, org: e.organization, location: e.location }));

describe('entry headers in odd formats', () => {
  it('a bare name after the organisation, last in the header, is the location', () => {
    expect(head('Porter, Royal Infirmary, Carlisle, 2015 – 2017')).toEqual([
      { title: 'Porter', org: 'Royal Infirmary', location: 'Carlisle' },
    ]);
    expect(head('2011 – 2013 | Cashier | Corner Stores | Wigan')).toEqual([
      { title: 'Cashier', org: 'Corner Stores', location: 'Wigan' },
    ]);
    expect(head('BA History, University of Kent, Canterbury, 2009 – 2012', 'education')).toEqual([
      { title: 'BA History', org: 'University of Kent', location: 'Canterbury' },
    ]);
  });
  it('a role word in the header is not taken for a place', () => {
    expect(head('Barista, Blue Door Coffee, Supervisor, 2019 – 2020')[0]?.location).toBeNull();
  });
  it('a firm named by its trade in the plural is the organisation', () => {
    expect(head('Clerk, Bell & Ward Solicitors, 2016 – 2018')).toEqual([
      { title: 'Clerk', org: 'Bell & Ward Solicitors', location: null },
    ]);
  });
  it('a name and then a place on the line under the title', () => {
    expect(head('Line Cook\nThe Green Man, Ludlow\n2018 – 2020')).toEqual([
      { title: 'Line Cook', org: 'The Green Man', location: 'Ludlow' },
    ]);
  });
});
