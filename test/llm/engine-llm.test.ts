/**
 * The seam in the engine: a DM'd resume, then follow-ups, through the real engine and commands with the
 * phrasing answerer wired in as main.ts does (answererFor), against the fake model on 127.0.0.1.
 */
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/index.js';
import { createEngine } from '../../src/core/conversation/engine.js';
import { createPipelineAnalyzer } from '../../src/core/conversation/pipeline-analyzer.js';
import { ConversationStore } from '../../src/core/conversation/store/conversation-store.js';
import { openStore } from '../../src/core/conversation/store/kv.js';
import { shutdownExtractors } from '../../src/core/extract/index.js';
import { answererFor } from '../../src/core/llm/answerer.js';
import { readLlmConfig } from '../../src/core/llm/config.js';
import { plain, RecordingPlatform } from '../helpers/recording-channel.js';
import { type FakeOpenAI, type PromptInput, startFakeOpenAI } from './helpers/fake-openai.js';
import { RESUME_TEXT } from './helpers/resume.js';

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(async () => {
  await fake.close();
  await shutdownExtractors();
});

const reworded = (extra: string) => (input: PromptInput) =>
  JSON.stringify({
    items: input.items.map(({ id, text }) => ({ id, text: id.startsWith('P') ? `${extra} ${text}` : text })),
  });

async function engine(env: NodeJS.ProcessEnv, registry?: Registry) {
  const store = new ConversationStore(await openStore('memory://', { map: new Map() }));
  return createEngine({
    store,
    analyzer: createPipelineAnalyzer(),
    commands: COMMANDS,
    answerer: answererFor(readLlmConfig(env), registry ? { registry } : {}),
  });
}

describe('the engine with a phrasing model', () => {
  it('posts exactly one answer per question: phrased when faithful, composed when the guard rejects it', async () => {
    const registry = new Registry();
    const e = await engine({ LLM_BASE_URL: fake.baseUrl, LLM_MODEL: 'fake', LLM_TIMEOUT_MS: '3000' }, registry);
    const platform = new RecordingPlatform();
    await platform.deliver(e, { text: RESUME_TEXT });
    // The review itself never goes to the model.
    expect(fake.requests).toHaveLength(0);

    fake.script({ content: reworded('In short:') });
    const good = (await platform.deliver(e, { text: '/ask how do I quantify this' })).filter((r) => r.message);
    expect(good).toHaveLength(1);
    expect(plain(good[0]!.message)).toContain('In short:');

    fake.script({ content: reworded('Recruiters at Stripe love 3 numbers.') });
    const bad = (await platform.deliver(e, { text: '/ask how do I quantify this' })).filter((r) => r.message);
    expect(bad).toHaveLength(1);
    expect(plain(bad[0]!.message)).not.toContain('Stripe');
    expect(plain(bad[0]!.message)).toContain('could carry a number');

    // Counted on the process registry by outcome code (the counter is shared, so only presence is asserted).
    const counted = await registry.getSingleMetricAsString('resume_coach_llm_answers_total');
    expect(counted).toMatch(/outcome="phrased"\} [1-9]/);
    expect(counted).toMatch(/outcome="rejected:new-(name|number)"\} [1-9]/);

    fake.script({ hang: true });
    const e2 = await engine({ LLM_BASE_URL: fake.baseUrl, LLM_MODEL: 'fake', LLM_TIMEOUT_MS: '300' });
    await platform.deliver(e2, { text: RESUME_TEXT });
    const slow = (await platform.deliver(e2, { text: '/ask how do I quantify this' })).filter((r) => r.message);
    expect(slow).toHaveLength(1);
    expect(plain(slow[0]!.message)).toContain('could carry a number');
  });

  it('/privacy names the model host when one is configured, and not otherwise', async () => {
    const platform = new RecordingPlatform();
    const host = new URL(fake.baseUrl).host;
    const withModel = await engine({ LLM_BASE_URL: fake.baseUrl, LLM_MODEL: 'fake' });
    const on = (await platform.deliver(withModel, { text: '/privacy' })).filter((r) => r.message);
    expect(on.map((r) => plain(r.message)).join('\n')).toContain(`language model at ${host}`);
    const without = await engine({});
    const off = (await platform.deliver(without, { text: '/privacy' })).filter((r) => r.message);
    expect(off.map((r) => plain(r.message)).join('\n')).not.toContain('language model');
  });
});
