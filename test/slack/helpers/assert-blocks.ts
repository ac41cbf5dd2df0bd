/** Block Kit limit checks shared by the tests. */
import { expect } from 'vitest';
import { SLACK_LIMITS } from '../../../src/adapters/slack/limits.js';

interface AnyBlock {
  type: string;
  text?: { type: string; text: string; verbatim?: boolean };
  fields?: { type: string; text: string }[];
  elements?: { type: string; text: string }[];
}

/** Every text a message shows (fallback included). */
export function messageTexts(args: Record<string, unknown>): string[] {
  const blocks = (args.blocks as AnyBlock[] | undefined) ?? [];
  const texts = [String(args.text ?? '')];
  for (const block of blocks) {
    if (block.text) texts.push(block.text.text);
    for (const f of block.fields ?? []) texts.push(f.text);
    for (const e of block.elements ?? []) texts.push(e.text);
  }
  return texts;
}

export function allText(args: Record<string, unknown>): string {
  return messageTexts(args).join('\n');
}

export function expectWithinLimits(args: Record<string, unknown>): void {
  const blocks = (args.blocks as AnyBlock[] | undefined) ?? [];
  expect(blocks.length).toBeGreaterThan(0);
  expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
  expect(String(args.text ?? '').length).toBeGreaterThan(0);
  expect(String(args.text ?? '').length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackTextChars);
  let total = 0;
  for (const block of blocks) {
    expect(['header', 'section', 'context', 'divider']).toContain(block.type);
    if (block.type === 'header') expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(SLACK_LIMITS.headerChars);
    if (block.type === 'section' && block.text) {
      expect(block.text.type).toBe('mrkdwn');
      expect(block.text.verbatim).toBe(true);
      expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionTextChars);
    }
    if (block.fields) {
      expect(block.fields.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionFields);
      for (const f of block.fields) expect(f.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fieldChars);
    }
    for (const e of block.elements ?? []) expect(e.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionTextChars);
    total +=
      (block.text?.text.length ?? 0) +
      (block.fields ?? []).reduce((n, f) => n + f.text.length, 0) +
      (block.elements ?? []).reduce((n, e) => n + e.text.length, 0);
  }
  expect(total).toBeLessThanOrEqual(SLACK_LIMITS.messageTotalChars);
}
