/** The only code that paints: layout ops onto a @napi-rs/canvas 2D context. */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { cssFont } from './font.js';
import type { Icon, Op } from './ops.js';

type Ctx = SKRSContext2D;

function roundedPath(ctx: Ctx, x: number, y: number, w: number, h: number, r: number): void {
  const radius = Math.max(0, Math.min(r, w / 2, h / 2));
  ctx.beginPath();
  ctx.moveTo(x + radius, y);
  ctx.arcTo(x + w, y, x + w, y + h, radius);
  ctx.arcTo(x + w, y + h, x, y + h, radius);
  ctx.arcTo(x, y + h, x, y, radius);
  ctx.arcTo(x, y, x + w, y, radius);
  ctx.closePath();
}

function drawRect(ctx: Ctx, op: Extract<Op, { op: 'rect' }>): void {
  roundedPath(ctx, op.x, op.y, op.w, op.h, op.radius ?? 0);
  if (op.fill) {
    ctx.fillStyle = op.fill;
    ctx.fill();
  }
  if (op.hatch) {
    ctx.save();
    ctx.clip();
    ctx.strokeStyle = op.hatch;
    ctx.lineWidth = 3;
    ctx.beginPath();
    for (let x = op.x - op.h; x < op.x + op.w; x += 9) {
      ctx.moveTo(x, op.y + op.h);
      ctx.lineTo(x + op.h, op.y);
    }
    ctx.stroke();
    ctx.restore();
    roundedPath(ctx, op.x, op.y, op.w, op.h, op.radius ?? 0);
  }
  if (op.stroke) {
    ctx.strokeStyle = op.stroke;
    ctx.lineWidth = op.lineWidth ?? 1;
    ctx.setLineDash(op.dashed ? [6, 4] : []);
    ctx.stroke();
    ctx.setLineDash([]);
  }
}

function drawText(ctx: Ctx, op: Extract<Op, { op: 'text' }>): void {
  ctx.font = cssFont(op.font);
  ctx.fillStyle = op.color;
  ctx.textAlign = op.align;
  ctx.textBaseline = 'alphabetic';
  const x = op.align === 'left' ? op.x : op.align === 'right' ? op.x + op.w : op.x + op.w / 2;
  // Baseline so that the capitals sit centred in the box (cap height ≈ 0.7 em).
  ctx.fillText(op.text, x, op.y + op.h / 2 + op.font.size * 0.35);
}

function drawIcon(ctx: Ctx, icon: Icon, x: number, y: number, s: number, color: string): void {
  ctx.save();
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = Math.max(2, s * 0.18);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.beginPath();
  const p = (fx: number, fy: number): [number, number] => [x + fx * s, y + fy * s];
  switch (icon) {
    case 'check':
      ctx.moveTo(...p(0.12, 0.55));
      ctx.lineTo(...p(0.4, 0.82));
      ctx.lineTo(...p(0.88, 0.2));
      ctx.stroke();
      break;
    case 'cross':
      ctx.moveTo(...p(0.18, 0.18));
      ctx.lineTo(...p(0.82, 0.82));
      ctx.moveTo(...p(0.82, 0.18));
      ctx.lineTo(...p(0.18, 0.82));
      ctx.stroke();
      break;
    case 'up':
      ctx.moveTo(...p(0.5, 0.08));
      ctx.lineTo(...p(0.95, 0.88));
      ctx.lineTo(...p(0.05, 0.88));
      ctx.closePath();
      ctx.fill();
      break;
    case 'down':
      ctx.moveTo(...p(0.05, 0.12));
      ctx.lineTo(...p(0.95, 0.12));
      ctx.lineTo(...p(0.5, 0.92));
      ctx.closePath();
      ctx.fill();
      break;
    case 'same':
      ctx.moveTo(...p(0.12, 0.35));
      ctx.lineTo(...p(0.88, 0.35));
      ctx.moveTo(...p(0.12, 0.68));
      ctx.lineTo(...p(0.88, 0.68));
      ctx.stroke();
      break;
    case 'open':
      ctx.arc(x + s / 2, y + s / 2, s * 0.38, 0, Math.PI * 2);
      ctx.stroke();
      break;
    case 'plus':
      ctx.moveTo(...p(0.5, 0.12));
      ctx.lineTo(...p(0.5, 0.88));
      ctx.moveTo(...p(0.12, 0.5));
      ctx.lineTo(...p(0.88, 0.5));
      ctx.stroke();
      break;
  }
  ctx.restore();
}

export function drawOps(ctx: Ctx, ops: readonly Op[]): void {
  for (const op of ops) {
    if (op.op === 'rect') drawRect(ctx, op);
    else if (op.op === 'text') drawText(ctx, op);
    else drawIcon(ctx, op.icon, op.x, op.y, op.size, op.color);
  }
}
