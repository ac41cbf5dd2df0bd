/**
 * The before/after card of a re-check: on the left the new score, the change (a triangle and a signed
 * number, never colour alone) and the counts fixed / still open / new; on the right each section's score
 * before (grey bar) and now (banded bar) with its change.
 */
import type { FontSpec } from './font.js';
import { drawable } from './font.js';
import { PAD, PANEL_WIDTH, RIGHT_X, pushBar, pushHeading, pushPanel, pushText, rowsIn } from './layout-common.js';
import type { Box, Icon, Op } from './ops.js';
import { PALETTE } from './palette.js';
import type { Measure } from './text-fit.js';
import { CARD_HEIGHT, CARD_WIDTH, type DeltaCard } from './types.js';

const RIGHT_W = CARD_WIDTH - RIGHT_X - PAD;
const INNER = PANEL_WIDTH - 2 * PAD;
const BEFORE_FILL = '#8C96A5';

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}

function trend(n: number): Icon {
  return n > 0 ? 'up' : n < 0 ? 'down' : 'same';
}

function scoreBlock(ops: Op[], card: DeltaCard, measure: Measure): number {
  pushHeading(ops, 'Re-check: score now', { x: PAD, y: PAD, w: INNER, h: 24 }, measure, PALETTE.onPanelMuted);
  const value = String(card.after);
  let size = 150;
  while (size > 90 && measure(value, { size, weight: 700 }) + 10 + measure('/100', { size: 40, weight: 400 }) > INNER)
    size -= 4;
  const scoreFont: FontSpec = { size, weight: 700 };
  const top = PAD + 34;
  pushText(
    ops,
    {
      text: value,
      box: { x: PAD, y: top, w: Math.ceil(measure(value, scoreFont)), h: size },
      size,
      weight: 700,
      color: PALETTE.onPanel,
      role: 'score',
    },
    measure,
  );
  const right = PAD + measure(value, scoreFont) + 10;
  pushText(
    ops,
    {
      text: '/100',
      box: { x: right, y: top + size - 56, w: PAD + INNER - right, h: 48 },
      size: 40,
      color: PALETTE.onPanelMuted,
      role: 'score-out-of',
    },
    measure,
  );
  const change = card.after - card.before;
  const y = top + size + 10;
  ops.push({ op: 'icon', icon: trend(change), x: PAD, y: y + 6, size: 30, color: PALETTE.onPanel });
  pushText(
    ops,
    {
      text: `${signed(change)} (was ${card.before})`,
      box: { x: PAD + 42, y, w: INNER - 42, h: 42 },
      size: 34,
      minSize: 24,
      weight: 700,
      color: PALETTE.onPanel,
      role: 'change',
    },
    measure,
  );
  return y + 42;
}

function counts(ops: Op[], card: DeltaCard, top: number, measure: Measure): void {
  pushHeading(ops, 'Findings', { x: PAD, y: top, w: INNER, h: 24 }, measure, PALETTE.onPanelMuted);
  const rows: { icon: Icon; n: number; word: string }[] = [
    { icon: 'check', n: card.fixed, word: 'fixed' },
    { icon: 'open', n: card.stillOpen, word: 'still open' },
    { icon: 'plus', n: card.new, word: 'new' },
  ];
  rows.forEach((r, i) => {
    const y = top + 32 + i * 40;
    ops.push({ op: 'icon', icon: r.icon, x: PAD, y: y + 8, size: 24, color: PALETTE.onPanel });
    pushText(
      ops,
      {
        text: `${r.n} ${r.word}`,
        box: { x: PAD + 36, y, w: INNER - 36, h: 40 },
        size: 28,
        minSize: 18,
        weight: 700,
        color: PALETTE.onPanel,
        role: 'count',
      },
      measure,
    );
  });
}

type Row = DeltaCard['sections'][number];

function sectionRow(ops: Op[], s: Row, box: Box, measure: Measure): void {
  const size = Math.max(14, Math.min(21, Math.round(box.h * 0.4)));
  const labelW = Math.round(box.w * 0.3);
  const changeW = 78;
  const numberW = 40;
  const barX = box.x + labelW + 12;
  const barW = box.w - labelW - 12 - numberW - 8 - changeW - 10;
  const barH = Math.max(8, Math.min(16, Math.round(box.h * 0.26)));
  // Each bar's number sits in a box as tall as the bar plus the half gaps: the two never overlap.
  const small = Math.max(12, Math.min(17, barH + 4));
  pushText(
    ops,
    {
      text: drawable(s.label) ? s.label : s.kindLabel,
      box: { x: box.x, y: box.y, w: labelW, h: box.h },
      size,
      minSize: 13,
      weight: 700,
      role: 'section',
    },
    measure,
  );
  const mid = box.y + box.h / 2;
  const before: Box = { x: barX, y: Math.round(mid - barH - 2), w: barW, h: barH };
  const after: Box = { x: barX, y: Math.round(mid + 2), w: barW, h: barH };
  const numberX = barX + barW + 8;
  ops.push({ op: 'rect', ...before, fill: PALETTE.track, stroke: PALETTE.trackLine, lineWidth: 1, radius: 2 });
  if (s.before !== null && s.before > 0)
    ops.push({ op: 'rect', ...before, w: Math.round((barW * s.before) / 100), fill: BEFORE_FILL, radius: 2 });
  if (s.after !== null) pushBar(ops, after, s.after);
  else ops.push({ op: 'rect', ...after, fill: null, stroke: PALETTE.missing, lineWidth: 1, dashed: true, radius: 2 });
  const numberBox = (bar: Box): Box => ({ x: numberX, y: bar.y - 2, w: numberW, h: bar.h + 4 });
  pushText(
    ops,
    {
      text: s.before === null ? '—' : String(s.before),
      box: numberBox(before),
      size: small,
      minSize: 11,
      color: PALETTE.muted,
      align: 'right',
      role: 'section-before',
    },
    measure,
  );
  pushText(
    ops,
    {
      text: s.after === null ? '—' : String(s.after),
      box: numberBox(after),
      size: small,
      minSize: 11,
      weight: 700,
      align: 'right',
      role: 'section-after',
    },
    measure,
  );

  const changeBox: Box = { x: box.x + box.w - changeW, y: box.y, w: changeW, h: box.h };
  if (s.before === null || s.after === null) {
    pushText(
      ops,
      {
        text: s.before === null ? 'new' : 'not scored',
        box: changeBox,
        size,
        minSize: 12,
        weight: 700,
        align: 'right',
        role: 'section-change',
      },
      measure,
    );
    return;
  }
  const change = s.after - s.before;
  const icon = Math.round(size * 0.8);
  const text = pushText(
    ops,
    {
      text: signed(change),
      box: { ...changeBox, x: changeBox.x + icon + 8, w: changeW - icon - 8 },
      size,
      minSize: 12,
      weight: 700,
      align: 'right',
      role: 'section-change',
    },
    measure,
  );
  const iconX = text.x + text.w - text.width - 8 - icon;
  ops.push({ op: 'icon', icon: trend(change), x: iconX, y: mid - icon / 2, size: icon, color: PALETTE.ink });
}

function legend(ops: Op[], box: Box, measure: Measure): void {
  const items: { fill: string; word: string }[] = [
    { fill: BEFORE_FILL, word: 'before' },
    { fill: PALETTE.strong, word: 'now (hatched: under 50)' },
  ];
  let x = box.x;
  for (const item of items) {
    ops.push({ op: 'rect', x, y: box.y + 8, w: 28, h: 10, fill: item.fill, radius: 2 });
    const op = pushText(
      ops,
      {
        text: item.word,
        box: { x: x + 36, y: box.y, w: 300, h: box.h },
        size: 17,
        color: PALETTE.muted,
        role: 'legend',
      },
      measure,
    );
    x += 36 + op.width + 28;
  }
}

function sectionRows(ops: Op[], sections: readonly Row[], area: Box, measure: Measure): void {
  pushHeading(ops, 'Sections: before and now', { x: area.x, y: area.y, w: area.w, h: 24 }, measure);
  const body: Box = { x: area.x, y: area.y + 30, w: area.w, h: area.h - 30 };
  if (sections.length === 0) {
    pushText(ops, { text: 'No sections to compare', box: { ...body, h: 30 }, size: 20, role: 'empty' }, measure);
    return;
  }
  const single = rowsIn(body.h, sections.length, 36, 64);
  const columns = single.rows >= sections.length ? 1 : 2;
  const { rows, row } = columns === 1 ? single : rowsIn(body.h, Math.ceil(sections.length / 2), 32, 48);
  const capacity = rows * columns;
  const shown = sections.length > capacity ? sections.slice(0, capacity - 1) : [...sections];
  const colW = columns === 1 ? body.w : Math.floor((body.w - 28) / 2);
  const slot = (i: number): Box => ({
    x: body.x + Math.floor(i / rows) * (colW + 28),
    y: body.y + (i % rows) * row,
    w: colW,
    h: row,
  });
  shown.forEach((s, i) => {
    sectionRow(ops, s, slot(i), measure);
  });
  if (shown.length < sections.length) {
    pushText(
      ops,
      {
        text: `+${sections.length - shown.length} more (in the thread)`,
        box: slot(shown.length),
        size: 18,
        minSize: 13,
        role: 'more',
      },
      measure,
    );
  }
}

export function layoutDeltaCard(card: DeltaCard, measure: Measure): Op[] {
  const ops: Op[] = [{ op: 'rect', x: 0, y: 0, w: CARD_WIDTH, h: CARD_HEIGHT, fill: PALETTE.background }];
  pushPanel(ops, CARD_HEIGHT, 'resume-coach · details in the thread', measure);
  const bottom = scoreBlock(ops, card, measure);
  counts(ops, card, Math.max(bottom + 24, 360), measure);
  const legendBox: Box = { x: RIGHT_X, y: CARD_HEIGHT - PAD - 26, w: RIGHT_W, h: 26 };
  legend(ops, legendBox, measure);
  sectionRows(ops, card.sections, { x: RIGHT_X, y: PAD, w: RIGHT_W, h: legendBox.y - 16 - PAD }, measure);
  return ops;
}
