/** The pure Block Kit renderer: limits, splitting without loss, escaping. */
import { describe, expect, it } from 'vitest';
import { blockChars, renderMessage, splitPlain } from '../../src/adapters/slack/render.js';
import { SLACK_LIMITS } from '../../src/adapters/slack/limits.js';
import { escapeMrkdwn, slackTextToPlain } from '../../src/adapters/slack/mrkdwn.js';
import type { ReplyMessage } from '../../src/core/reply/types.js';
import { expectWithinLimits, messageTexts } from './helpers/assert-blocks.js';

const msg = (blocks: ReplyMessage['blocks'], title = 'Experience — 60/100'): ReplyMessage => ({
  kind: 'section',
  title,
  tone: 'medium',
  blocks,
});
const texts = (parts: ReturnType<typeof renderMessage>) =>
  parts.flatMap((p) => messageTexts({ text: p.text, blocks: p.blocks }));
const asArgs = (p: ReturnType<typeof renderMessage>[number]) => ({ text: p.text, blocks: p.blocks });

describe('renderMessage', () => {
  it('renders a header, mrkdwn sections, fields, context and dividers with a text fallback', () => {
    const [part, ...rest] = renderMessage({
      kind: 'summary',
      title: 'Resume review — 58/100',
      tone: 'ok',
      blocks: [
        { type: 'fields', fields: [{ label: 'Score', value: '58/100' }] },
        { type: 'heading', text: 'Top fixes' },
        { type: 'list', items: ['one', 'two'], ordered: true },
        { type: 'divider' },
        { type: 'context', text: 'Ask me anything.' },
      ],
    });
    expect(rest).toHaveLength(0);
    expect(part!.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'section', 'divider', 'context']);
    expect(part!.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: ':white_check_mark: Resume review — 58/100', emoji: true },
    });
    expect(part!.text).toContain('Resume review — 58/100');
    expect(part!.text).toContain('1. one\n2. two');
    expectWithinLimits(asArgs(part!));
  });

  it('escapes & < > in user text and marks every mrkdwn object verbatim, so nothing becomes a mention', () => {
    const parts = renderMessage(
      msg(
        [
          { type: 'quote', text: 'Paged <!channel> & <!here> via <@U123>' },
          {
            type: 'finding',
            severity: 'high',
            rule: 'vague-duty',
            title: 'Ping <!everyone>',
            evidence: '<@W1>',
            suggestion: 'a > b',
          },
          { type: 'rewrite', before: '<#C1>', after: 'x & y' },
        ],
        'Title <!channel>',
      ),
    );
    // mrkdwn (sections, context, the fallback) is escaped; the header is plain_text, which Slack never parses.
    const header = parts[0]!.blocks[0]!;
    expect(header).toMatchObject({
      type: 'header',
      text: { type: 'plain_text', text: ':large_orange_circle: Title <!channel>' },
    });
    const all = texts(parts)
      .filter((t) => !t.startsWith(':large_orange_circle: Title'))
      .join('\n');
    expect(all).not.toMatch(/<[!@#]/);
    expect(parts[0]!.text).toContain('Title &lt;!channel&gt;');
    expect(all).toContain('&lt;!channel&gt; &amp; &lt;!here&gt; via &lt;@U123&gt;');
    expect(all).toContain('a &gt; b');
    for (const block of parts[0]!.blocks)
      if (block.type === 'section' && 'text' in block) expect(block.text.verbatim).toBe(true);
  });

  it('keeps a header over 150 characters as a bold section instead of cutting it', () => {
    const title = 'T'.repeat(200);
    const [part] = renderMessage(msg([], title));
    expect(part!.blocks[0]!.type).toBe('section');
    expect(part!.text).toContain(title);
  });

  it('splits a 20,000-character paragraph into sections ≤ 3000 and messages within the total, losing nothing', () => {
    const words = Array.from({ length: 2500 }, (_, i) => `w${i}`);
    const parts = renderMessage(msg([{ type: 'paragraph', text: words.join(' ') }]));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expectWithinLimits(asArgs(part));
    const body = parts
      .flatMap((p) => p.blocks.flatMap((b) => (b.type === 'section' && 'text' in b ? [b.text.text] : [])))
      .join(' ');
    expect(body.split(/\s+/).filter((w) => /^w\d+$/.test(w))).toEqual(words);
    expect(parts[1]!.blocks[0]).toMatchObject({ type: 'context' });
  });

  it('starts a new message at 50 blocks', () => {
    const blocks: ReplyMessage['blocks'] = Array.from({ length: 120 }, (_, i) => ({
      type: 'paragraph',
      text: `p${i}`,
    }));
    const parts = renderMessage(msg(blocks));
    expect(parts.length).toBe(3);
    for (const part of parts) expect(part.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    const shown = parts.flatMap((p) =>
      p.blocks.flatMap((b) => (b.type === 'section' && 'text' in b ? [b.text.text] : [])),
    );
    expect(shown).toEqual(blocks.map((_, i) => `p${i}`));
  });

  it('puts more than ten fields into several sections and long values into sections of their own', () => {
    const fields = Array.from({ length: 13 }, (_, i) => ({
      label: `L${i}`,
      value: i === 12 ? 'v'.repeat(2500) : `v${i}`,
    }));
    const [part] = renderMessage(msg([{ type: 'fields', fields }]));
    const fieldBlocks = part!.blocks.filter((b) => b.type === 'section' && 'fields' in b);
    expect(fieldBlocks.map((b) => ('fields' in b ? b.fields.length : 0))).toEqual([10, 2]);
    expect(part!.text).toContain('v'.repeat(2500));
  });

  it('counts characters the way the limits table does', () => {
    expect(blockChars({ type: 'divider' })).toBe(0);
    expect(
      blockChars({
        type: 'section',
        fields: [
          { type: 'mrkdwn', text: 'ab', verbatim: true },
          { type: 'mrkdwn', text: 'cde', verbatim: true },
        ],
      }),
    ).toBe(5);
  });
});

describe('splitPlain', () => {
  it('prefers paragraph, then line, then sentence, then word boundaries', () => {
    expect(splitPlain('aaaa aaaa\n\nbbbb bbbb', 12)).toEqual(['aaaa aaaa', 'bbbb bbbb']);
    expect(splitPlain('One two. Three four five', 15)).toEqual(['One two.', 'Three four five']);
    expect(splitPlain('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('measures the escaped length and never splits an emoji', () => {
    const parts = splitPlain('&&&&&&', 10);
    for (const p of parts) expect(escapeMrkdwn(p).length).toBeLessThanOrEqual(10);
    expect(parts.join('')).toBe('&&&&&&');
    const emoji = splitPlain('😀😀😀', 3);
    expect(emoji.join('')).toBe('😀😀😀');
    for (const p of emoji) expect(p).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });
});

describe('slackTextToPlain', () => {
  it('decodes entities, removes the bot mention and keeps link labels', () => {
    expect(
      slackTextToPlain('<@UBOT> check &lt;this&gt; &amp; <https://x.io|my site> <mailto:a@b.c|a@b.c> <!here>', 'UBOT'),
    ).toBe('check <this> & my site a@b.c @here');
  });
});
