/** The card as part of the reply document: on the summary and the before/after message; CARD=off drops it. */
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/index.js';
import { loadConfig, engineConfigOf } from '../../src/config.js';
import { createEngine } from '../../src/core/conversation/engine.js';
import { createPipelineAnalyzer } from '../../src/core/conversation/pipeline-analyzer.js';
import { replyDocumentSchema } from '../../src/core/conversation/reply-schema.js';
import { ConversationStore } from '../../src/core/conversation/store/conversation-store.js';
import { openStore } from '../../src/core/conversation/store/kv.js';
import { shutdownExtractors } from '../../src/core/extract/index.js';
import { analyzeText } from '../../src/core/pipeline.js';
import { RecordingPlatform } from '../helpers/recording-channel.js';
import { WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';

afterAll(() => shutdownExtractors());

const WEAK = WEAK_BACKEND_RESUME.join('\n');
const IMPROVED = WEAK.replace(
  '• Responsible for the orders API',
  '• Rebuilt the orders API in Go, cutting p99 latency from 900 ms to 120 ms at 2k QPS',
);

async function engine(cards: boolean) {
  const store = new ConversationStore(await openStore('memory://', { map: new Map() }));
  return createEngine({ store, analyzer: createPipelineAnalyzer(), commands: COMMANDS, config: { cards } });
}

describe('the card in the reply document', () => {
  it('the summary carries a score card and it survives the job-result schema', async () => {
    const review = await analyzeText(WEAK);
    const summary = review.document.messages[0];
    expect(summary?.card).toMatchObject({ kind: 'score', score: review.report.score });
    expect(review.document.messages.slice(1).every((m) => m.card === undefined)).toBe(true);
    const parsed = replyDocumentSchema.parse(JSON.parse(JSON.stringify(review.document)));
    expect(parsed.messages[0]?.card).toEqual(summary?.card);
  });

  it('a re-check posts the before/after card on the delta message', async () => {
    const platform = new RecordingPlatform();
    const e = await engine(true);
    const first = await platform.deliver(e, { text: WEAK });
    expect(first.find((r) => r.message?.kind === 'summary')?.message?.card?.kind).toBe('score');
    const threadId = first.find((r) => r.message?.kind === 'section')?.threadId ?? null;
    const second = await platform.deliver(e, { threadId, text: IMPROVED });
    const delta = second.find((r) => r.message?.title.startsWith('Before and after'));
    expect(delta?.message?.card).toMatchObject({ kind: 'delta' });
  });

  it('CARD=off: no message carries a card', async () => {
    const platform = new RecordingPlatform();
    const e = await engine(false);
    const first = await platform.deliver(e, { text: WEAK });
    const threadId = first.find((r) => r.message?.kind === 'section')?.threadId ?? null;
    const second = await platform.deliver(e, { threadId, text: IMPROVED });
    const sent = [...first, ...second].filter((r) => r.message);
    expect(sent.length).toBeGreaterThan(4);
    expect(sent.some((r) => r.message?.card)).toBe(false);
  });

  it('CARD is read from the environment: on by default, off when set so, anything else is an error', () => {
    expect(engineConfigOf(loadConfig({}, [])).cards).toBe(true);
    expect(engineConfigOf(loadConfig({ CARD: 'off' }, [])).cards).toBe(false);
    expect(engineConfigOf(loadConfig({ CARD: 'OFF' }, [])).cards).toBe(false);
    expect(engineConfigOf(loadConfig({ CARD: ' on ' }, [])).cards).toBe(true);
    expect(engineConfigOf(loadConfig({ CARD: '' }, [])).cards).toBe(true);
    expect(() => loadConfig({ CARD: 'maybe' }, [])).toThrow(/CARD: expected on or off/);
  });
});
