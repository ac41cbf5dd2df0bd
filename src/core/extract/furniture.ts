/**
 * Page furniture: lines a browser or word processor prints on every page (a date and title at the top,
 * a file path and "1/3" at the bottom). A line that opens or closes at least two pages, counting digits as
 * equal, is furniture. A repeated header keeps its first appearance (often the person's name); a repeated
 * footer goes everywhere.
 */
const EDGE = 2;

function key(line: string): string {
  return line.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

function countPages(
  pages: readonly (readonly string[])[],
  pick: (page: readonly string[]) => readonly string[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const k of new Set(pick(page).map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

export function dropPageFurniture(pages: readonly (readonly string[])[]): string[][] {
  if (pages.length < 2) return pages.map((p) => [...p]);
  // Browsers do not always emit a footer last, so tops and bottoms are counted together. A page too short
  // to have a body besides its edges is left out.
  const edgesOf = (p: readonly string[]): readonly string[] =>
    p.length > 2 * EDGE ? [...p.slice(0, EDGE), ...p.slice(-EDGE)] : [];
  const edges = countPages(pages, edgesOf);
  return pages.map((page, pageIndex) =>
    page.filter((line, i) => {
      if (page.length <= 2 * EDGE) return true;
      const atTop = i < EDGE;
      const atEdge = atTop || i >= page.length - EDGE;
      if (!atEdge || line.trim().length === 0 || (edges.get(key(line)) ?? 0) < 2) return true;
      return pageIndex === 0 && atTop;
    }),
  );
}
