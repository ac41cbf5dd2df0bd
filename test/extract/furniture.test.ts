import { describe, expect, it } from 'vitest';
import { dropPageFurniture } from '../../src/core/extract/furniture.js';

describe('dropPageFurniture', () => {
  it('drops a browser header and footer printed on every page, keeping the first header', () => {
    const pages = [
      ['6/22/2016\tResume', 'Jordan Avery', 'Work Experience', 'Built the API', 'file:///Users/x/index.html\t1/3'],
      ['6/22/2016\tResume', 'Projects', 'Ledger service', 'Open source', 'file:///Users/x/index.html\t2/3'],
      ['6/22/2016\tResume', 'file:///Users/x/index.html\t3/3', 'Education', 'State University', 'B.S. 2016'],
    ];
    expect(dropPageFurniture(pages)).toEqual([
      ['6/22/2016\tResume', 'Jordan Avery', 'Work Experience', 'Built the API'],
      ['Projects', 'Ledger service', 'Open source'],
      ['Education', 'State University', 'B.S. 2016'],
    ]);
  });

  it('keeps the name when it is repeated as a header on later pages', () => {
    const pages = [
      ['Jordan Avery', 'Backend Engineer', 'Experience', 'Built the API', 'Cut latency'],
      ['Jordan Avery', 'Projects', 'Ledger service', 'Open source', 'Education'],
    ];
    expect(dropPageFurniture(pages)[0]?.[0]).toBe('Jordan Avery');
    expect(dropPageFurniture(pages)[1]).toEqual(['Projects', 'Ledger service', 'Open source', 'Education']);
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

  it('leaves pages too short to have a body besides their edges alone', () => {
    const pages = [
      ['Same line', 'Body one', 'Body two', 'Same end'],
      ['Same line', 'Other', 'Text', 'Same end'],
    ];
    expect(dropPageFurniture(pages)).toEqual(pages);
  });
});
