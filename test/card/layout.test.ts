import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, layoutCard, measureText, type Card, type Op } from '../../src/core/card/index.js';
import { BASE_CARD, EDGE_CARDS, EDGE_DELTAS } from './fixtures.js';

type TextOp = Extract<Op, { op: 'text' }>;

const texts = (ops: readonly Op[]): TextOp[] => ops.filter((o): o is TextOp => o.op === 'text');

/** Where the glyphs actually are (the box is the space allowed; alignment decides where the text sits). */
function inked(t: TextOp): { x0: number; x1: number; y0: number; y1: number } {
  const x0 = t.align === 'left' ? t.x : t.align === 'right' ? t.x + t.w - t.width : t.x + (t.w - t.width) / 2;
  return { x0, x1: x0 + t.width, y0: t.y, y1: t.y + t.h };
}

function expectFits(card: Card): void {
  const ops = layoutCard(card);
  const all = texts(ops);
  for (const t of all) {
    // The recorded width is the real measured width, and it fits its box.
    expect(measureText(t.text, t.font)).toBeCloseTo(t.width, 3);
    expect(t.width, `${t.role} "${t.text}" wider than its box`).toBeLessThanOrEqual(t.w + 0.5);
    expect(t.font.size, `${t.role} "${t.text}" too small to read`).toBeGreaterThanOrEqual(11);
    const ink = inked(t);
    expect(ink.x0, `${t.role} "${t.text}" off the left edge`).toBeGreaterThanOrEqual(0);
    expect(ink.x1, `${t.role} "${t.text}" off the right edge`).toBeLessThanOrEqual(CARD_WIDTH);
    expect(ink.y0, `${t.role} "${t.text}" off the top`).toBeGreaterThanOrEqual(0);
    expect(ink.y1, `${t.role} "${t.text}" off the bottom`).toBeLessThanOrEqual(CARD_HEIGHT);
  }
  // No two texts overlap.
  for (let i = 0; i < all.length; i += 1) {
    for (let j = i + 1; j < all.length; j += 1) {
      const a = all[i] as TextOp;
      const b = all[j] as TextOp;
      const p = inked(a);
      const q = inked(b);
      const overlap =
        Math.min(p.x1, q.x1) - Math.max(p.x0, q.x0) > 1 && Math.min(p.y1, q.y1) - Math.max(p.y0, q.y0) > 1;
      expect(overlap, `"${a.text}" (${a.role}) overlaps "${b.text}" (${b.role})`).toBe(false);
    }
  }
}

describe('score card layout', () => {
  it.each(Object.entries(EDGE_CARDS))('text fits: %s', (_name, card) => {
    expectFits(card);
  });

  it('shows the score large, the role, every section of a short list, pillars and fixes', () => {
    const ops = texts(layoutCard(BASE_CARD));
    const score = ops.find((t) => t.role === 'score');
    expect(score?.text).toBe('62');
    expect(score?.font.size).toBeGreaterThanOrEqual(100);
    expect(ops.filter((t) => t.role === 'role').map((t) => t.text)).toEqual(['Backend engineer']);
    expect(ops.filter((t) => t.role === 'section').map((t) => t.text)).toEqual(['Experience', 'Skills', 'Education']);
    expect(ops.filter((t) => t.role === 'section-score').map((t) => t.text)).toEqual(['48', '90', '100']);
    expect(ops.filter((t) => t.role === 'pillar-shown').map((t) => t.text)).toEqual(['Service design']);
    expect(ops.filter((t) => t.role === 'pillar-missing').map((t) => t.text)).toEqual(['Storage — missing']);
    expect(ops.filter((t) => t.role === 'fix').map((t) => t.text)).toEqual(BASE_CARD.fixes.map((f) => f.text));
  });

  it('never tells a pillar by colour alone: shown and missing differ in icon, outline and words', () => {
    const ops = layoutCard(BASE_CARD);
    const icons = ops.filter((o) => o.op === 'icon').map((o) => (o.op === 'icon' ? o.icon : null));
    expect(icons).toEqual(['check', 'cross']);
    const chips = ops.filter((o) => o.op === 'rect' && o.h > 20 && o.radius === o.h / 2 && o.w > 100);
    expect(chips.map((c) => (c.op === 'rect' ? Boolean(c.dashed) : null))).toEqual([false, true]);
  });

  it('hatches weak bars (under 50) so they differ by pattern, not only colour', () => {
    const ops = layoutCard(BASE_CARD);
    const fills = ops.filter((o) => o.op === 'rect' && o.fill && o.fill !== '#E9EDF3' && o.h <= 20 && o.x > 400);
    const hatched = fills.filter((o) => o.op === 'rect' && o.hatch);
    expect(fills.length).toBe(3);
    expect(hatched.length).toBe(1);
  });

  it('20 sections: two columns and "+N more", every shown label readable', () => {
    const card = EDGE_CARDS['20 sections'];
    if (!card) throw new Error('fixture');
    const ops = texts(layoutCard(card));
    const labels = ops.filter((t) => t.role === 'section');
    const more = ops.find((t) => t.role === 'more');
    expect(labels.length + Number(/\+(\d+)/.exec(more?.text ?? '+0')?.[1])).toBe(20);
    expect(new Set(labels.map((t) => Math.round(t.x))).size).toBe(2);
    expect(Math.min(...labels.map((t) => t.font.size))).toBeGreaterThanOrEqual(13);
  });

  it('marks missing and unscored sections in words', () => {
    const ops = texts(layoutCard(EDGE_CARDS['missing sections'] as Card));
    expect(ops.filter((t) => t.role === 'bar-word').map((t) => t.text)).toEqual(['missing', 'missing']);
    const unscored = texts(layoutCard(EDGE_CARDS['not scored'] as Card));
    expect(unscored.filter((t) => t.role === 'bar-word').map((t) => t.text)).toEqual(['not scored']);
  });

  it('a label in letters the font lacks falls back to the section kind, never to boxes', () => {
    const ops = texts(layoutCard(EDGE_CARDS['letters the font lacks'] as Card));
    expect(ops.find((t) => t.role === 'section')?.text).toBe('Experience');
    expect(ops.every((t) => !/[\u0400-\u04FF]/.test(t.text))).toBe(true);
  });

  it('wraps a long role name over lines instead of cutting it at once', () => {
    const ops = texts(layoutCard(EDGE_CARDS['long role name'] as Card));
    expect(ops.filter((t) => t.role === 'role').length).toBeGreaterThan(1);
  });
});

describe('before/after card layout', () => {
  it.each(Object.entries(EDGE_DELTAS))('text fits: %s', (_name, card) => {
    expectFits(card);
  });

  it('shows the new score, the signed change with a shape, and the three counts', () => {
    const ops = layoutCard(EDGE_DELTAS.base as Card);
    const t = texts(ops);
    expect(t.find((x) => x.role === 'score')?.text).toBe('61');
    expect(t.find((x) => x.role === 'change')?.text).toBe('+17 (was 44)');
    expect(t.filter((x) => x.role === 'count').map((x) => x.text)).toEqual(['5 fixed', '7 still open', '1 new']);
    expect(t.filter((x) => x.role === 'section-change').map((x) => x.text)).toEqual(['+28', '−5', 'new', '0']);
    const icons = ops.flatMap((o) => (o.op === 'icon' ? [o.icon] : []));
    expect(icons.slice(0, 1)).toEqual(['up']);
    expect(icons).toEqual(expect.arrayContaining(['down', 'same', 'check', 'open', 'plus']));
  });

  it('a drop shows a down triangle and a minus sign', () => {
    const ops = layoutCard(EDGE_DELTAS.worse as Card);
    expect(texts(ops).find((x) => x.role === 'change')?.text).toBe('−100 (was 100)');
    expect(ops.find((o) => o.op === 'icon')).toMatchObject({ icon: 'down' });
  });
});

describe('pillar chips', () => {
  it('too many pillars for three rows: the rest are counted in a "+N more" chip, none silently dropped', () => {
    const card = EDGE_CARDS['many long pillars'] as Card;
    const ops = texts(layoutCard(card));
    const chips = ops.filter((t) => t.role.startsWith('pillar-'));
    const more = ops.find((t) => t.role === 'more');
    expect(chips.length + Number(/\+(\d+)/.exec(more?.text ?? '+0')?.[1])).toBe(8);
  });
});
