import { describe, expect, it } from 'vitest';
import { dropPageFurniture } from '../../src/core/extract/furniture.js';

describe('dropPageFurniture', () => {
  it('drops a browser header and footer printed on every page, keeping the first header', () => {
    const pages = [
      ['6/22/2016\tResume', 'Jordan Avery', 'Work Experience', 'file:///Users/x/index.html\t1/3'],
      ['6/22/2016\tResume', 'Projects', 'Ledger service', 'file:///Users/x/index.html\t2/3'],
      ['6/22/2016\tResume', 'Education', 'file:///Users/x/index.html\t3/3'],
    ];
    expect(dropPageFurniture(pages)).toEqual([
      ['6/22/2016\tResume', 'Jordan Avery', 'Work Experience'],
      ['Projects', 'Ledger service'],
      ['Education'],
    ]);
  });

  it('keeps the name when it is repeated as a header on later pages', () => {
    const pages = [
      ['Jordan Avery', 'Backend Engineer', 'Experience'],
      ['Jordan Avery', 'Projects', 'Ledger service'],
    ];
    expect(dropPageFurniture(pages)[0]?.[0]).toBe('Jordan Avery');
    expect(dropPageFurniture(pages)[1]).toEqual(['Projects', 'Ledger service']);
  });

  it('leaves single pages and lines that repeat only in the middle alone', () => {
    expect(dropPageFurniture([['A', 'B', 'A']])).toEqual([['A', 'B', 'A']]);
    const pages = [
      ['Top 1', 'x', 'Python', 'y', 'Bottom 1 a'],
      ['Top 2 b', 'z', 'Python', 'w', 'End'],
    ];
    expect(dropPageFurniture(pages)).toEqual([
      ['Top 1', 'x', 'Python', 'y', 'Bottom 1 a'],
      ['Top 2 b', 'z', 'Python', 'w', 'End'],
    ]);
  });
});
