/**
 * The score card's layout, 1200×630: on the left the overall score (large), its band and the role; on the
 * right one bar per section, the role's pillars as shown/missing chips, and the top three fixes. Fixes and
 * pillars take the space they need from the bottom up; the section bars share what is left, in two
 * columns when there are many, and "+N more" when even that is not enough.
 */
import type { FontSpec } from './font.js';
import {
  PAD,
  PANEL_WIDTH,
  RIGHT_X,
  pushBar,
  pushEmptyBar,
  pushHeading,
  pushPanel,
  pushText,
  rowsIn,
} from './layout-common.js';
import type { Box, Op } from './ops.js';
import { BAND_WORDS, PALETTE, bandOf } from './palette.js';
import { ellipsize, fitBlock, type Measure } from './text-fit.js';
import { CARD_HEIGHT, CARD_WIDTH, type ScoreCard } from './types.js';
import { drawable, drawableText } from './font.js';

const RIGHT_W = CARD_WIDTH - RIGHT_X - PAD;
const INNER = PANEL_WIDTH - 2 * PAD;
const HEADING_H = 30;

function scoreBlock(ops: Op[], card: ScoreCard, measure: Measure): void {
  pushHeading(ops, 'Resume score', { x: PAD, y: PAD, w: INNER, h: 24 }, measure, PALETTE.onPanelMuted);
  const value = String(card.score);
  const out = { size: 40, weight: 400 } as const;
  const outWidth = measure('/100', out);
  let size = 150;
  while (size > 90 && measure(value, { size, weight: 700 }) + 10 + outWidth > INNER) size -= 4;
  const scoreFont: FontSpec = { size, weight: 700 };
  const top = PAD + 34;
  const op = pushText(
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
      box: { x: right, y: top + size - 56, w: Math.max(outWidth, PAD + INNER - right), h: 48 },
      size: 40,
      color: PALETTE.onPanelMuted,
      role: 'score-out-of',
    },
    measure,
  );
  // The band in words, then a 0–100 meter.
  const bandTop = op.y + op.h + 6;
  pushText(
    ops,
    {
      text: BAND_WORDS[bandOf(card.score)],
      box: { x: PAD, y: bandTop, w: INNER, h: 36 },
      size: 30,
      weight: 700,
      color: PALETTE.onPanel,
      role: 'band',
    },
    measure,
  );
  const meter: Box = { x: PAD, y: bandTop + 46, w: INNER, h: 12 };
  ops.push({ op: 'rect', ...meter, fill: '#1E3A5F', stroke: PALETTE.onPanelMuted, lineWidth: 1, radius: 6 });
  const filled = Math.round((meter.w * card.score) / 100);
  if (filled > 0) ops.push({ op: 'rect', ...meter, w: filled, fill: PALETTE.onPanel, radius: 6 });
}

function roleBlock(ops: Op[], card: ScoreCard, measure: Measure): void {
  const top = 352;
  pushHeading(ops, 'Reviewed as', { x: PAD, y: top, w: INNER, h: 24 }, measure, PALETTE.onPanelMuted);
  const { lines, font } = fitBlock(drawableText(card.role), INNER, 3, { size: 36, minSize: 24, weight: 700 }, measure);
  const lineH = Math.round(font.size * 1.2);
  lines.forEach((line, i) => {
    pushText(
      ops,
      {
        text: line,
        box: { x: PAD, y: top + 30 + i * lineH, w: INNER, h: lineH },
        size: font.size,
        weight: 700,
        color: PALETTE.onPanel,
        role: 'role',
      },
      measure,
    );
  });
  if (card.roleNote) {
    pushText(
      ops,
      {
        text: `(${card.roleNote})`,
        box: { x: PAD, y: top + 36 + lines.length * lineH, w: INNER, h: 28 },
        size: 22,
        minSize: 16,
        color: PALETTE.onPanelMuted,
        role: 'role-note',
      },
      measure,
    );
  }
}

type SectionBar = ScoreCard['sections'][number];

function sectionRow(ops: Op[], s: SectionBar, box: Box, measure: Measure): void {
  const size = Math.max(14, Math.min(22, Math.round(box.h * 0.55)));
  const barH = Math.max(10, Math.min(20, Math.round(box.h * 0.5)));
  const labelW = Math.round(box.w * 0.36);
  const numberW = 44;
  const barX = box.x + labelW + 12;
  const barW = box.w - labelW - 12 - numberW - 10;
  const label = drawable(s.label) ? s.label : s.kindLabel;
  pushText(
    ops,
    { text: label, box: { x: box.x, y: box.y, w: labelW, h: box.h }, size, minSize: 13, weight: 700, role: 'section' },
    measure,
  );
  const bar: Box = { x: barX, y: box.y + Math.round((box.h - barH) / 2), w: barW, h: barH };
  if (s.score === null) {
    pushEmptyBar(ops, bar, s.missing ? 'missing' : 'not scored', measure);
    return;
  }
  pushBar(ops, bar, s.score);
  pushText(
    ops,
    {
      text: String(s.score),
      box: { x: barX + barW + 10, y: box.y, w: numberW, h: box.h },
      size,
      minSize: 13,
      weight: 700,
      align: 'right',
      role: 'section-score',
    },
    measure,
  );
}

function sectionBars(ops: Op[], sections: readonly SectionBar[], area: Box, measure: Measure): void {
  pushHeading(ops, 'Sections', { x: area.x, y: area.y, w: area.w, h: 24 }, measure);
  const body: Box = { x: area.x, y: area.y + HEADING_H, w: area.w, h: area.h - HEADING_H };
  if (sections.length === 0) {
    pushText(ops, { text: 'No sections recognised', box: { ...body, h: 30 }, size: 20, role: 'empty' }, measure);
    return;
  }
  const single = rowsIn(body.h, sections.length, 28, 44);
  const columns = single.rows >= sections.length ? 1 : 2;
  const { rows, row } = columns === 1 ? single : rowsIn(body.h, Math.ceil(sections.length / 2), 24, 40);
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
    const more = sections.length - shown.length;
    pushText(
      ops,
      { text: `+${more} more (in the thread)`, box: slot(shown.length), size: 18, minSize: 13, role: 'more' },
      measure,
    );
  }
}

interface Chip {
  label: string;
  /** null: the "+N more" chip. */
  shown: boolean | null;
  width: number;
}

const CHIP_GAP = 10;
const CHIP_PAD = 12;
const ICON = 18;
const MAX_CHIP_ROWS = 3;

function chipText(p: ScoreCard['pillars'][number]): string {
  const label = drawableText(p.label);
  return p.shown ? label : `${label} — missing`;
}

function flow(chips: readonly Chip[], width: number): Chip[][] {
  const rows: Chip[][] = [];
  let x = 0;
  for (const chip of chips) {
    const last = rows[rows.length - 1];
    if (last && x + CHIP_GAP + chip.width <= width) {
      last.push(chip);
      x += CHIP_GAP + chip.width;
    } else {
      rows.push([chip]);
      x = chip.width;
    }
  }
  return rows;
}

/**
 * Chips flowed into rows at the largest font that needs at most two rows; at the smallest font, up to
 * three rows, and when even that is not enough the last pillars become one "+N more" chip.
 */
function planChips(
  pillars: ScoreCard['pillars'],
  width: number,
  measure: Measure,
): { rows: Chip[][]; font: FontSpec; chipH: number } {
  const sizes = [18, 17, 16, 15, 14];
  for (const size of sizes) {
    const font: FontSpec = { size, weight: 700 };
    const maxText = width - 2 * CHIP_PAD - ICON - 8;
    const chips = pillars.map((p) => {
      const label = ellipsize(chipText(p), maxText, font, measure);
      return { label, shown: p.shown, width: 2 * CHIP_PAD + ICON + 8 + measure(label, font) };
    });
    const last = size === sizes[sizes.length - 1];
    for (let k = chips.length; k >= (last ? 0 : chips.length); k -= 1) {
      const more = chips.length - k;
      const label = `+${more} more`;
      const extra: Chip[] = more > 0 ? [{ label, shown: null, width: 2 * CHIP_PAD + measure(label, font) }] : [];
      const rows = flow([...chips.slice(0, k), ...extra], width);
      if (rows.length <= (last ? MAX_CHIP_ROWS : 2)) return { rows, font, chipH: size + 16 };
    }
  }
  return { rows: [], font: { size: 14, weight: 700 }, chipH: 30 };
}

function chipsHeight(plan: { rows: Chip[][]; chipH: number }): number {
  return plan.rows.length * plan.chipH + (plan.rows.length - 1) * 8;
}

function pillarChips(ops: Op[], plan: ReturnType<typeof planChips>, area: Box, measure: Measure): void {
  pushHeading(ops, 'What reviewers look for', { x: area.x, y: area.y, w: area.w, h: 24 }, measure);
  plan.rows.forEach((row, r) => {
    let x = area.x;
    const y = area.y + HEADING_H + r * (plan.chipH + 8);
    for (const chip of row) {
      if (chip.shown === null) {
        ops.push({ op: 'rect', x, y, w: chip.width, h: plan.chipH, radius: plan.chipH / 2, fill: PALETTE.track });
        pushText(
          ops,
          {
            text: chip.label,
            box: { x: x + CHIP_PAD, y, w: chip.width - 2 * CHIP_PAD + 1, h: plan.chipH },
            size: plan.font.size,
            weight: 700,
            role: 'more',
          },
          measure,
        );
        x += chip.width + CHIP_GAP;
        continue;
      }
      ops.push({
        op: 'rect',
        x,
        y,
        w: chip.width,
        h: plan.chipH,
        radius: plan.chipH / 2,
        fill: chip.shown ? PALETTE.panel : PALETTE.background,
        ...(chip.shown ? {} : { stroke: PALETTE.missing, lineWidth: 2, dashed: true }),
      });
      const color = chip.shown ? PALETTE.onPanel : PALETTE.missing;
      const iconX = x + CHIP_PAD;
      ops.push({
        op: 'icon',
        icon: chip.shown ? 'check' : 'cross',
        x: iconX,
        y: y + (plan.chipH - ICON) / 2,
        size: ICON,
        color,
      });
      const textX = iconX + ICON + 8;
      pushText(
        ops,
        {
          text: chip.label,
          box: { x: textX, y, w: x + chip.width - CHIP_PAD - textX + 1, h: plan.chipH },
          size: plan.font.size,
          weight: 700,
          color: chip.shown ? PALETTE.onPanel : PALETTE.ink,
          role: chip.shown ? 'pillar-shown' : 'pillar-missing',
        },
        measure,
      );
      x += chip.width + CHIP_GAP;
    }
  });
}

const FIX_ROW = 38;

function fixList(ops: Op[], fixes: ScoreCard['fixes'], area: Box, measure: Measure): void {
  pushHeading(ops, 'Top fixes', { x: area.x, y: area.y, w: area.w, h: 24 }, measure);
  if (fixes.length === 0) {
    pushText(
      ops,
      {
        text: 'Nothing costs points: no fixes to suggest',
        box: { x: area.x, y: area.y + HEADING_H, w: area.w, h: FIX_ROW },
        size: 20,
        minSize: 15,
        role: 'fix',
      },
      measure,
    );
    return;
  }
  fixes.forEach((fix, i) => {
    const y = area.y + HEADING_H + i * FIX_ROW;
    const badge = 28;
    const by = y + (FIX_ROW - badge) / 2;
    ops.push({ op: 'rect', x: area.x, y: by, w: badge, h: badge, radius: badge / 2, fill: PALETTE.panel });
    pushText(
      ops,
      {
        text: String(i + 1),
        box: { x: area.x, y: by, w: badge, h: badge },
        size: 18,
        weight: 700,
        color: PALETTE.onPanel,
        align: 'center',
        role: 'fix-number',
      },
      measure,
    );
    const pointsW = fix.points === null ? 0 : 150;
    pushText(
      ops,
      {
        text: drawableText(fix.text),
        box: { x: area.x + badge + 12, y, w: area.w - badge - 12 - pointsW - (pointsW ? 10 : 0), h: FIX_ROW },
        size: 21,
        minSize: 15,
        role: 'fix',
      },
      measure,
    );
    if (fix.points !== null) {
      pushText(
        ops,
        {
          text: `about ${fix.points} point${fix.points === 1 ? '' : 's'}`,
          box: { x: area.x + area.w - pointsW, y, w: pointsW, h: FIX_ROW },
          size: 18,
          minSize: 14,
          color: PALETTE.muted,
          align: 'right',
          role: 'fix-points',
        },
        measure,
      );
    }
  });
}

export function layoutScoreCard(card: ScoreCard, measure: Measure): Op[] {
  const ops: Op[] = [{ op: 'rect', x: 0, y: 0, w: CARD_WIDTH, h: CARD_HEIGHT, fill: PALETTE.background }];
  pushPanel(ops, CARD_HEIGHT, 'resume-coach · details in the thread', measure);
  scoreBlock(ops, card, measure);
  roleBlock(ops, card, measure);

  let bottom = CARD_HEIGHT - PAD;
  const fixesH = HEADING_H + Math.max(1, card.fixes.length) * FIX_ROW;
  fixList(ops, card.fixes, { x: RIGHT_X, y: bottom - fixesH, w: RIGHT_W, h: fixesH }, measure);
  bottom -= fixesH + 18;
  if (card.pillars.length > 0) {
    const plan = planChips(card.pillars, RIGHT_W, measure);
    const h = HEADING_H + chipsHeight(plan);
    pillarChips(ops, plan, { x: RIGHT_X, y: bottom - h, w: RIGHT_W, h }, measure);
    bottom -= h + 18;
  }
  sectionBars(ops, card.sections, { x: RIGHT_X, y: PAD, w: RIGHT_W, h: bottom - PAD }, measure);
  return ops;
}
