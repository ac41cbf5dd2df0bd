/** A review too long for one Slack message: split across messages within every limit, nothing truncated. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiCall } from './helpers/fake-slack.js';
import { fakeAnalyzer } from './helpers/analyzer.js';
import { startHarness, type Harness } from './helpers/harness.js';
import { allText, expectWithinLimits, messageTexts } from './helpers/assert-blocks.js';
import { eventEnvelope, nextUserTs, postEvent, uid } from './helpers/signed.js';

const FINDINGS = 40;
const FINDING_CHARS = 900;
let h: Harness;

beforeAll(async () => {
  h = await startHarness({
    analyzer: fakeAnalyzer({ sections: 1, findingsPerSection: FINDINGS, findingChars: FINDING_CHARS }),
  });
});

afterAll(async () => {
  await h.stop();
});

describe('a long review', () => {
  it('is split into several thread messages, each within Block Kit limits, with every finding complete', async () => {
    const channel = uid('D');
    // As Slack encodes it: the user typed "<!channel>" and "&" literally, and mentioned @U999.
    const resume = [
      'Casey Doe',
      'EXPERIENCE',
      '• Responsible for &lt;!channel&gt; alerts &amp; the <@U999> on-call rota',
    ].join('\n');
    const ts = nextUserTs();
    await postEvent(
      h.eventsUrl,
      eventEnvelope({
        type: 'message',
        channel,
        channel_type: 'im',
        user: uid('U'),
        text: `/check ${resume}\n${'word '.repeat(40)}`,
        ts,
      }),
    );
    const posts = (c: ApiCall) => c.method === 'chat.postMessage' && c.args.channel === channel;
    const summary = await h.fake.waitForCall((c) => posts(c) && allText(c.args).includes('Resume review'), 'summary');
    await h.bot.idle();
    const parts = h.fake.calls.filter((c) => posts(c) && c.args.thread_ts === summary.result.ts);

    // ~40 findings × ~1 KB and 80+ blocks cannot fit one message (50 blocks, ~12k chars).
    expect(parts.length).toBeGreaterThanOrEqual(4);
    for (const part of parts) expectWithinLimits(part.args);
    expect(allText(parts[1]!.args)).toContain('(continued)');

    const shown = parts.flatMap((p) => messageTexts(p.args)).join('\n');
    for (let f = 0; f < FINDINGS; f++) expect(shown).toContain(`MARK-0-${f} `.padEnd(FINDING_CHARS, 'x'));
    // User text is escaped: no mention can fire.
    expect(shown).not.toMatch(/<!channel>|<@U999>/);
    expect(shown).toContain('&lt;!channel&gt; alerts &amp; the @U999 on-call');
  });
});
