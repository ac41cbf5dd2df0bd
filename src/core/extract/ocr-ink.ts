/**
 * A page image made plain for tesseract: dark text on a white page, whatever the design. Resumes set text
 * white on dark sidebars and banners, and headings in light colours (orange, teal, grey) that tesseract's one
 * global threshold for the page counts as background: those lines were missing from its read. Here:
 *   - the page is cut into tiles; a region of tiles whose usual shade is dark (a sidebar, a banner, at least
 *     DARK_MIN_TILES across) is inverted, so its white text becomes dark on light;
 *   - each pixel is then measured against its neighbourhood's paper shade (the lightest of the tiles around
 *     it) and the contrast stretched: coloured or grey text comes out near black, a tinted box near white.
 * Pure pixel work on RGBA data (canvas ImageData); runs in the OCR worker.
 */

export const TILE = 32;
/** A tile whose median luminance is below this is dark background (text on it is light). */
const DARK_MEDIAN = 100;
/** A dark region narrower than this many tiles is part of a drawing or a big letter, not a background. */
const DARK_MIN_TILES = 3;
/** Share of the paper's shade at or below which a pixel is full ink, and at or above which it is paper. */
const INK_AT = 0.5;
const PAPER_AT = 0.88;

function luminance(rgba: Uint8ClampedArray, width: number, height: number): Uint8Array {
  const lum = new Uint8Array(width * height);
  for (let i = 0, p = 0; p < lum.length; i += 4, p += 1)
    lum[p] = (77 * (rgba[i] ?? 255) + 150 * (rgba[i + 1] ?? 255) + 29 * (rgba[i + 2] ?? 255)) >> 8;
  return lum;
}

interface Tiles {
  cols: number;
  rows: number;
}

/** A percentile (0–1) of each tile's luminances. */
function tilePercentile(lum: Uint8Array, width: number, height: number, t: Tiles, q: number, size = TILE): Uint8Array {
  const out = new Uint8Array(t.cols * t.rows);
  const hist = new Uint32Array(256);
  for (let ty = 0; ty < t.rows; ty += 1) {
    for (let tx = 0; tx < t.cols; tx += 1) {
      hist.fill(0);
      const x1 = Math.min(width, (tx + 1) * size);
      const y1 = Math.min(height, (ty + 1) * size);
      let n = 0;
      for (let y = ty * size; y < y1; y += 1)
        for (let x = tx * size; x < x1; x += 1) {
          const v = lum[y * width + x] ?? 255;
          hist[v] = (hist[v] ?? 0) + 1;
          n += 1;
        }
      const target = q * n;
      let acc = 0;
      let v = 0;
      for (; v < 255; v += 1) {
        acc += hist[v] ?? 0;
        if (acc >= target) break;
      }
      out[ty * t.cols + tx] = v;
    }
  }
  return out;
}

/** Morphological opening of a tile mask with a square of DARK_MIN_TILES: drops dark spots smaller than that. */
function openMask(mask: Uint8Array, t: Tiles): Uint8Array {
  const r = Math.floor(DARK_MIN_TILES / 2);
  const at = (m: Uint8Array, x: number, y: number): number =>
    x < 0 || y < 0 || x >= t.cols || y >= t.rows ? 0 : (m[y * t.cols + x] ?? 0);
  const eroded = new Uint8Array(mask.length);
  for (let y = 0; y < t.rows; y += 1)
    for (let x = 0; x < t.cols; x += 1) {
      let all = 1;
      for (let dy = -r; dy <= r && all; dy += 1)
        for (let dx = -r; dx <= r; dx += 1) if (!at(mask, x + dx, y + dy)) all = 0;
      eroded[y * t.cols + x] = all;
    }
  const out = new Uint8Array(mask.length);
  for (let y = 0; y < t.rows; y += 1)
    for (let x = 0; x < t.cols; x += 1) {
      let some = 0;
      for (let dy = -r; dy <= r && !some; dy += 1)
        for (let dx = -r; dx <= r; dx += 1) if (at(eroded, x + dx, y + dy)) some = 1;
      out[y * t.cols + x] = some;
    }
  return out;
}

/**
 * Morphological closing of the dark mask with a 3-tile square: light holes at most two tiles thick inside a
 * dark region are filled. White text dense enough (a bold word, an email address) gives a tile a light median
 * inside a sidebar; left out of the region, such a tile stayed light-on-dark while the rest turned dark-on-light,
 * which cut words in two ("sanyi.pers|onal@gm|ail.com" read as noise). Beyond the page counts as dark, so a
 * region along the page's edge keeps its edge tiles.
 */
function closeMask(mask: Uint8Array, t: Tiles): Uint8Array {
  const at = (m: Uint8Array, x: number, y: number, outside: number): number =>
    x < 0 || y < 0 || x >= t.cols || y >= t.rows ? outside : (m[y * t.cols + x] ?? 0);
  const grown = new Uint8Array(mask.length);
  for (let y = 0; y < t.rows; y += 1)
    for (let x = 0; x < t.cols; x += 1) {
      let some = 0;
      for (let dy = -1; dy <= 1 && !some; dy += 1)
        for (let dx = -1; dx <= 1; dx += 1) if (at(mask, x + dx, y + dy, 0)) some = 1;
      grown[y * t.cols + x] = some;
    }
  const out = new Uint8Array(mask.length);
  for (let y = 0; y < t.rows; y += 1)
    for (let x = 0; x < t.cols; x += 1) {
      let all = 1;
      for (let dy = -1; dy <= 1 && all; dy += 1)
        for (let dx = -1; dx <= 1; dx += 1) if (!at(grown, x + dx, y + dy, 1)) all = 0;
      out[y * t.cols + x] = all || mask[y * t.cols + x] ? 1 : 0;
    }
  return out;
}

const EDGE = TILE / 2;

/**
 * Inverts the dark regions. Inside a region every pixel; on its edge (a dark tile with a light neighbour, or a
 * light tile with a dark one) half-tiles are judged on their own, so the page's white beside a sidebar does
 * not turn into a thick black band.
 */
function invertDarkRegions(lum: Uint8Array, width: number, height: number, t: Tiles, dark: Uint8Array): number {
  const isDark = (x: number, y: number): boolean =>
    x >= 0 && y >= 0 && x < t.cols && y < t.rows && dark[y * t.cols + x] === 1;
  const half: Tiles = { cols: Math.ceil(width / EDGE), rows: Math.ceil(height / EDGE) };
  const halfMedian = tilePercentile(lum, width, height, half, 0.5, EDGE);
  let inverted = 0;
  for (let hy = 0; hy < half.rows; hy += 1)
    for (let hx = 0; hx < half.cols; hx += 1) {
      const tx = Math.floor(hx / 2);
      const ty = Math.floor(hy / 2);
      let darkAround = 0;
      for (let dy = -1; dy <= 1; dy += 1)
        for (let dx = -1; dx <= 1; dx += 1) if (isDark(tx + dx, ty + dy)) darkAround += 1;
      const inside = darkAround === 9;
      const edge = darkAround > 0 && !inside;
      if (!inside && !(edge && (halfMedian[hy * half.cols + hx] ?? 255) < DARK_MEDIAN)) continue;
      inverted += 1;
      const x1 = Math.min(width, (hx + 1) * EDGE);
      const y1 = Math.min(height, (hy + 1) * EDGE);
      for (let y = hy * EDGE; y < y1; y += 1)
        for (let x = hx * EDGE; x < x1; x += 1) lum[y * width + x] = 255 - (lum[y * width + x] ?? 0);
    }
  return inverted;
}

export interface InkResult {
  /** Half-tiles inverted (dark background regions), for tests and notes. */
  invertedTiles: number;
  /** Rows or columns of rule erased (one rule a few pixels thick counts once per pixel row). */
  rules: number;
}

/**
 * Rewrites `rgba` (width × height, RGBA) in place as grey: dark-background regions inverted, contrast stretched
 * against the local paper shade.
 */
export function plainInk(rgba: Uint8ClampedArray, width: number, height: number): InkResult {
  const lum = luminance(rgba, width, height);
  const t: Tiles = { cols: Math.ceil(width / TILE), rows: Math.ceil(height / TILE) };
  const median = tilePercentile(lum, width, height, t, 0.5);
  const dark = closeMask(
    openMask(
      median.map((m) => (m < DARK_MEDIAN ? 1 : 0)),
      t,
    ),
    t,
  );
  const invertedTiles = invertDarkRegions(lum, width, height, t, dark);
  // The paper's shade around each tile: the lightest 90th percentile of the tile and its eight neighbours
  // (a tile all ink, inside a big letter, takes its neighbours' paper).
  const light = tilePercentile(lum, width, height, t, 0.9);
  const paper = new Uint8Array(light.length);
  for (let ty = 0; ty < t.rows; ty += 1)
    for (let tx = 0; tx < t.cols; tx += 1) {
      let best = 0;
      for (let dy = -1; dy <= 1; dy += 1)
        for (let dx = -1; dx <= 1; dx += 1) {
          const x = tx + dx;
          const y = ty + dy;
          if (x >= 0 && y >= 0 && x < t.cols && y < t.rows) best = Math.max(best, light[y * t.cols + x] ?? 0);
        }
      paper[ty * t.cols + tx] = Math.max(best, 1);
    }
  for (let y = 0; y < height; y += 1) {
    const row = Math.floor(y / TILE) * t.cols;
    for (let x = 0; x < width; x += 1) {
      const p = y * width + x;
      const share = (lum[p] ?? 255) / (paper[row + Math.floor(x / TILE)] ?? 255);
      const v = Math.round((255 * (share - INK_AT)) / (PAPER_AT - INK_AT));
      const grey = Math.max(0, Math.min(255, v));
      const i = 4 * p;
      rgba[i] = grey;
      rgba[i + 1] = grey;
      rgba[i + 2] = grey;
      rgba[i + 3] = 255;
    }
  }
  const rules = eraseRules(rgba, width, height);
  return { invertedTiles, rules };
}

/** Below this grey (0–255, after the stretch) a pixel is ink, for finding rules. */
const RULE_INK = 128;
/** Share of a run's columns that must be thin for the run to be a rule rather than letters touching a line. */
const THIN_SHARE = 0.8;

/**
 * Rules drawn across the page (a heading's underline, a table's borders, a divider): long thin runs of ink,
 * horizontal or vertical, painted white. Tesseract reads an underline touching the letters' descenders as part
 * of them ("Academic Qualification" underlined came out "A mi lification") and a table's borders as "|" glued
 * to the cells. A run is a rule when it is at least width/20 long (letters' strokes are far shorter) and,
 * along most of it, at most width/250 thick; only its thin stretch is erased (a letter crossing it is kept).
 */
function eraseRules(rgba: Uint8ClampedArray, width: number, height: number): number {
  const minLength = Math.max(24, Math.round(width / 20));
  const maxThick = Math.max(3, Math.round(width / 250));
  const ink = (x: number, y: number): boolean => (rgba[4 * (y * width + x)] ?? 255) < RULE_INK;
  const erase: number[] = [];
  let rules = 0;
  const scan = (horizontal: boolean): void => {
    const lines = horizontal ? height : width;
    const along = horizontal ? width : height;
    const at = (line: number, pos: number): boolean => (horizontal ? ink(pos, line) : ink(line, pos));
    const thickness = (line: number, pos: number): number => {
      let n = 1;
      for (let d = 1; d <= maxThick && line - d >= 0 && at(line - d, pos); d += 1) n += 1;
      for (let d = 1; d <= maxThick && line + d < lines && at(line + d, pos); d += 1) n += 1;
      return n;
    };
    for (let line = 0; line < lines; line += 1) {
      let start = -1;
      for (let pos = 0; pos <= along; pos += 1) {
        if (pos < along && at(line, pos)) {
          if (start < 0) start = pos;
          continue;
        }
        if (start >= 0 && pos - start >= minLength) {
          const thin: number[] = [];
          for (let q = start; q < pos; q += 1) if (thickness(line, q) <= maxThick) thin.push(q);
          if (thin.length >= THIN_SHARE * (pos - start)) {
            rules += 1;
            // The rule's row and the rows either side of it (its anti-aliased edge, grey but not ink).
            for (const q of thin)
              for (let d = -1; d <= 1; d += 1) {
                const l = line + d;
                if (l >= 0 && l < lines) erase.push(horizontal ? l * width + q : q * width + l);
              }
          }
        }
        start = -1;
      }
    }
  };
  scan(true);
  scan(false);
  for (const p of erase) {
    rgba[4 * p] = 255;
    rgba[4 * p + 1] = 255;
    rgba[4 * p + 2] = 255;
  }
  return rules;
}
