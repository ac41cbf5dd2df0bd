import { describe, it, expect } from 'vitest';
import type { APIEmbed } from 'discord.js';
import type { Block, ReplyMessage } from '../../src/core/reply/types.js';
import {
  DISCORD_LIMITS,
  TONE_COLOURS,
  embedChars,
  renderMessage,
  splitText,
} from '../../src/adapters/discord/render.js';
import { escapeMarkdown } from '../../src/adapters/discord/escape.js';

function message(blocks: Block[], overrides: Partial<ReplyMessage> = {}): ReplyMessage {
  return { kind: 'section', title: 'Experience — 62/100', tone: 'medium', blocks, ...overrides };
}

/** Every Discord limit, checked on every payload. */
function expectWithinLimits(embedsPerMessage: APIEmbed[][]): void {
  for (const embeds of embedsPerMessage) {
    expect(embeds.length).toBeGreaterThan(0);
    expect(embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
    expect(embeds.reduce((sum, e) => sum + embedChars(e), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotalChars);
    for (const embed of embeds) {
      expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
      expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
      for (const field of embed.fields ?? []) {
        expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
        expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
        expect(field.name.trim()).not.toBe('');
        expect(field.value.trim()).not.toBe('');
      }
      expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.footer);
    }
  }
}

/** All the visible words of the rendered payloads, in order. */
function words(embeds: APIEmbed[]): string[] {
  const text = embeds
    .map((e) =>
      [
        e.title ?? '',
        e.description ?? '',
        ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
        e.footer?.text ?? '',
      ].join(' '),
    )
    .join(' ');
  return text
    .split(/\s+/)
    .map((w) => w.replace(/[^\w]/g, ''))
    .filter((w) => /^w\d+$/.test(w));
}

describe('escapeMarkdown', () => {
  it('escapes inline markup so it renders literally', () => {
    expect(escapeMarkdown('C++ *and* __init__ ~~x~~ `code` ||spoiler||')).toBe(
      'C++ \\*and\\* \\_\\_init\\_\\_ \\~\\~x\\~\\~ \\`code\\` \\|\\|spoiler\\|\\|',
    );
  });

  it('escapes block markup only at the start of a line', () => {
    expect(escapeMarkdown('# Title\n> quote\n- item\n1. first\na - b > c # d')).toBe(
      '\\# Title\n\\> quote\n\\- item\n1\\. first\na - b > c # d',
    );
  });

  it('neutralises mentions, masked links and leaves URLs intact', () => {
    expect(escapeMarkdown('<@123> [site](https://example.com/a_b) @everyone')).toBe(
      '\\<@123> \\[site\\](https://example.com/a_b) @everyone',
    );
  });
});

describe('splitText', () => {
  it('prefers paragraph, then line, then word boundaries and keeps every word', () => {
    const text = Array.from({ length: 300 }, (_, i) => `w${i}`).join(' ');
    const parts = splitText(text, 100);
    expect(parts.every((p) => p.length <= 100)).toBe(true);
    expect(parts.join(' ')).toBe(text);
  });

  it('keeps a cut quote a quote', () => {
    const text = `> ${'word '.repeat(60).trim()}`;
    const parts = splitText(text, 100);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.every((p) => p.startsWith('> '))).toBe(true);
  });

  it('never separates a backslash from the character it escapes', () => {
    const parts = splitText(`${'a'.repeat(99)}\\*${'b'.repeat(50)}`, 100);
    expect(parts[0]?.endsWith('\\')).toBe(false);
    expect(parts.join('')).toBe(`${'a'.repeat(99)}\\*${'b'.repeat(50)}`);
  });
});

describe('renderMessage', () => {
  it('renders a short message as one embed coloured by tone, with mentions disabled', () => {
    const payloads = renderMessage(
      message([
        { type: 'paragraph', text: 'Your bullets describe duties.' },
        {
          type: 'finding',
          severity: 'high',
          rule: 'vague-duty',
          title: 'Duty, not outcome',
          evidence: 'Responsible for the orders API',
          suggestion: 'Say what changed.',
        },
        {
          type: 'rewrite',
          before: 'Responsible for the orders API',
          after: 'Owned the orders API: cut p99 from [X] ms to [Y] ms',
        },
        { type: 'fields', fields: [{ label: 'Score', value: '62/100' }] },
        { type: 'context', text: 'Ask: how do I quantify this?' },
      ]),
    );
    expect(payloads).toHaveLength(1);
    const [payload] = payloads;
    expect(payload?.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(payload?.embeds).toHaveLength(1);
    const embed = payload?.embeds[0];
    expect(embed?.title).toBe('Experience — 62/100');
    expect(embed?.color).toBe(TONE_COLOURS.medium);
    expect(embed?.description).toContain('🔴 **Duty, not outcome** · `vague-duty`');
    expect(embed?.description).toContain('> Responsible for the orders API');
    expect(embed?.description).toContain('**After:** Owned the orders API: cut p99 from \\[X\\] ms to \\[Y\\] ms');
    expect(embed?.fields).toEqual([{ name: 'Score', value: '62/100', inline: true }]);
    expect(embed?.footer).toEqual({ text: 'Ask: how do I quantify this?' });
  });

  it('colours by tone', () => {
    expect(renderMessage(message([], { tone: 'ok' }))[0]?.embeds[0]?.color).toBe(TONE_COLOURS.ok);
    expect(renderMessage(message([], { tone: 'high' }))[0]?.embeds[0]?.color).toBe(TONE_COLOURS.high);
  });

  it('escapes user text that would render as markdown', () => {
    const embed = renderMessage(message([{ type: 'quote', text: '**Senior** dev_ops <@42>' }]))[0]?.embeds[0];
    expect(embed?.description).toBe('> \\*\\*Senior\\*\\* dev\\_ops \\<@42>');
  });

  it('splits a long report within every limit and loses no word', () => {
    let n = 0;
    const nextWords = (count: number): string => Array.from({ length: count }, () => `w${n++}`).join(' ');
    const blocks: Block[] = [];
    for (let i = 0; i < 40; i++) {
      blocks.push({ type: 'heading', text: nextWords(3) });
      blocks.push({ type: 'paragraph', text: nextWords(120) });
      blocks.push({
        type: 'finding',
        severity: 'low',
        rule: 'long-bullet',
        title: nextWords(4),
        evidence: nextWords(60),
        suggestion: nextWords(20),
      });
      blocks.push({
        type: 'fields',
        fields: Array.from({ length: 30 }, () => ({ label: nextWords(2), value: nextWords(3) })),
      });
    }
    blocks.push({ type: 'paragraph', text: nextWords(2500) }); // one paragraph longer than an embed
    blocks.push({ type: 'quote', text: nextWords(1200) });
    const total = n;
    const payloads = renderMessage(message(blocks, { title: 'x'.repeat(300) }));
    expect(payloads.length).toBeGreaterThan(3);
    expectWithinLimits(payloads.map((p) => p.embeds));
    const seen = payloads.flatMap((p) => words(p.embeds));
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => `w${i}`));
    // The over-long title is shortened in the title but kept whole in the body.
    expect(payloads[0]?.embeds[0]?.title).toHaveLength(DISCORD_LIMITS.embedTitle);
    expect(payloads[0]?.embeds[0]?.description).toContain('x'.repeat(300));
  });

  it('shows fields that break field limits as text rather than cutting them', () => {
    const long = 'y'.repeat(1500);
    const embed = renderMessage(message([{ type: 'fields', fields: [{ label: 'Skills', value: long }] }]))[0]
      ?.embeds[0];
    expect(embed?.fields).toBeUndefined();
    expect(embed?.description).toContain(long);
  });

  it('always produces at least one valid embed', () => {
    const payloads = renderMessage(message([], { title: '' }));
    expect(payloads).toHaveLength(1);
    expect(payloads[0]?.embeds[0]?.description).toBe('\u200b');
  });
});
