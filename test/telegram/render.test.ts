import { describe, it, expect } from 'vitest';
import type { ReplyMessage } from '../../src/core/reply/types.js';
import { TELEGRAM_LIMITS } from '../../src/adapters/telegram/limits.js';
import { renderTelegramMessage } from '../../src/adapters/telegram/render.js';
import { htmlProblem, visibleText } from './helpers/html-check.js';

const words = (text: string) => text.split(/\s+/).filter(Boolean);

function expectValidParts(parts: string[], limit = TELEGRAM_LIMITS.messageChars): void {
  for (const part of parts) {
    expect(htmlProblem(part)).toBeNull();
    expect(part.length).toBeLessThanOrEqual(limit);
    expect(visibleText(part).length).toBeLessThanOrEqual(limit);
    expect(visibleText(part).trim().length).toBeGreaterThan(0);
  }
}

const bullet = (i: number) =>
  `Responsible for the <orders> API & billing migrations at Orderly number ${i}, "working" with R&D on <b>tags</b> that look like HTML.`;

function longReport(): ReplyMessage {
  return {
    kind: 'section',
    title: 'Experience — 41/100',
    tone: 'high',
    section: { index: 1, kind: 'experience', heading: 'EXPERIENCE' },
    blocks: [
      {
        type: 'paragraph',
        text: 'Your experience section reads as a list of duties. Here is what to change, bullet by bullet.',
      },
      ...Array.from({ length: 60 }, (_, i) => [
        { type: 'heading' as const, text: `Bullet ${i + 1}` },
        {
          type: 'finding' as const,
          severity: 'high' as const,
          rule: 'vague-duty',
          title: 'States a duty, not an outcome',
          evidence: bullet(i),
          suggestion: 'Say what changed because of you & by how much (<X>%).',
        },
        {
          type: 'rewrite' as const,
          before: bullet(i),
          after: `Owned the orders API: cut p99 latency from [X] ms to [Y] ms at [N] QPS (bullet ${i})`,
          note: 'Numbers live in your dashboards.',
        },
      ]).flat(),
      { type: 'list', items: ['Quantify', 'Lead with verbs', 'Cut duties'], ordered: true },
      { type: 'fields', fields: [{ label: 'Score', value: '41/100' }] },
      { type: 'divider' },
      { type: 'context', text: 'Reply to this message with a question about this section.' },
    ],
  };
}

describe('renderTelegramMessage', () => {
  it('escapes every piece of user text and uses only Telegram HTML tags', () => {
    const parts = renderTelegramMessage({
      kind: 'answer',
      title: 'A <script> & "title"',
      tone: 'info',
      blocks: [
        { type: 'paragraph', text: 'x < y && y > z' },
        { type: 'quote', text: '<b>not bold</b>' },
        { type: 'finding', severity: 'medium', rule: 'a&b', title: '<i>', evidence: '&amp;', suggestion: '<>' },
        { type: 'fields', fields: [{ label: '<l>', value: '<v>' }] },
      ],
    });
    expect(parts).toHaveLength(1);
    const html = parts[0] ?? '';
    expect(htmlProblem(html)).toBeNull();
    expect(html).toContain('<b>A &lt;script&gt; &amp; "title"</b>');
    expect(html).toContain('<blockquote>&lt;b&gt;not bold&lt;/b&gt;</blockquote>');
    expect(html).toContain('&amp;amp;');
    expect(visibleText(html)).toContain('x < y && y > z');
  });

  it('renders a finding with its severity, rule id, quoted evidence and suggestion', () => {
    const [html = ''] = renderTelegramMessage({
      kind: 'section',
      title: 'Experience',
      tone: 'medium',
      blocks: [
        {
          type: 'finding',
          severity: 'high',
          rule: 'vague-duty',
          title: 'Duty, not outcome',
          evidence: 'Responsible for the API',
          suggestion: 'Lead with the result',
        },
      ],
    });
    expect(html).toMatch(/^🟠 <b>Experience<\/b>/);
    expect(html).toContain(
      '🔴 <b>Duty, not outcome</b> <code>vague-duty</code>\n<blockquote>Responsible for the API</blockquote>\n→ Lead with the result',
    );
  });

  it('splits a long report into valid messages of at most 4096 characters without losing a word', () => {
    const message = longReport();
    const parts = renderTelegramMessage(message);
    expect(parts.length).toBeGreaterThan(3);
    expectValidParts(parts);
    // Nothing truncated: every word of the source appears, in order, once the continuation headers are removed.
    const shown = parts
      .map((part, i) => visibleText(i === 0 ? part : part.replace(/^<i>[^<]*<\/i>\n\n/, '')))
      .join('\n');
    const expected = renderTelegramMessage(message, { maxChars: 1_000_000 }).map(visibleText).join('\n');
    expect(words(shown)).toEqual(words(expected));
    // Continuation parts say which part they are.
    expect(parts[1]).toMatch(/^<i>Experience — 41\/100 · 2\/\d+<\/i>/);
  });

  it('splits at block boundaries: a finding is never spread over two messages when it fits in one', () => {
    const parts = renderTelegramMessage(longReport());
    for (const part of parts) {
      const findings = part.split('🔴 <b>States a duty').length - 1;
      const evidence = (part.match(/<blockquote>Responsible/g) ?? []).length;
      // Each finding header comes with its quoted evidence (rewrites add their own "before" quotes).
      expect(evidence).toBeGreaterThanOrEqual(findings);
    }
    // A heading never ends a message.
    for (const part of parts) expect(part).not.toMatch(/<b>Bullet \d+<\/b>$/);
  });

  it('splits one very long paragraph at sentence boundaries', () => {
    const sentences = Array.from({ length: 300 }, (_, i) => `Sentence ${i} talks about latency & throughput.`);
    const parts = renderTelegramMessage({
      kind: 'answer',
      title: 'Long',
      tone: 'info',
      blocks: [{ type: 'paragraph', text: sentences.join(' ') }],
    });
    expect(parts.length).toBeGreaterThan(1);
    expectValidParts(parts);
    for (const part of parts) expect(part.trimEnd()).toMatch(/throughput\.$/);
  });

  it('splits an unbreakable run of characters without cutting an escape sequence or a tag', () => {
    const blob = '<&>'.repeat(3_000);
    const parts = renderTelegramMessage({
      kind: 'answer',
      title: 'Blob',
      tone: 'info',
      blocks: [{ type: 'quote', text: blob }],
    });
    expect(parts.length).toBeGreaterThan(2);
    expectValidParts(parts);
    const shown = parts
      .map((part, i) =>
        visibleText(i === 0 ? part.replace(/^<b>Blob<\/b>\n\n/, '') : part.replace(/^<i>[^<]*<\/i>\n\n/, '')),
      )
      .join('');
    expect(shown).toBe(blob);
  });

  it('keeps raw HTML within the limit even when escaping inflates the text', () => {
    // 2,000 visible characters that escape to 8,000: the text limit alone would allow one message.
    const parts = renderTelegramMessage({
      kind: 'answer',
      title: 'T',
      tone: 'info',
      blocks: [{ type: 'paragraph', text: '&'.repeat(2_000) }],
    });
    expect(parts.length).toBeGreaterThan(1);
    expectValidParts(parts);
  });

  it('returns a single message when everything fits', () => {
    const parts = renderTelegramMessage({
      kind: 'notice',
      title: 'Deleted',
      tone: 'ok',
      blocks: [{ type: 'list', items: ['a', 'b'] }],
    });
    expect(parts).toEqual(['✅ <b>Deleted</b>\n\n• a\n• b']);
  });
});
