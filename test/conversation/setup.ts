/** Builds an engine on a memory store with the fake analyzer (unit tests) or the real pipeline (end-to-end). */
import { createEngine, type EngineOptions, type EngineWithJobs } from '../../src/core/conversation/engine.js';
import type { FollowUpAnswerer, FollowUpInput } from '../../src/core/conversation/followup.js';
import { ConversationStore } from '../../src/core/conversation/store/conversation-store.js';
import { openStore } from '../../src/core/conversation/store/kv.js';
import { RecordingPlatform } from '../helpers/recording-channel.js';
import { createFakeAnalyzer, type FakeAnalyzer } from './fake-analyzer.js';
import { COMMANDS } from '../../src/commands/index.js';

export interface Harness {
  engine: EngineWithJobs;
  store: ConversationStore;
  map: Map<string, unknown>;
  platform: RecordingPlatform;
  analyzer: FakeAnalyzer;
  answers: FollowUpInput[];
  clock: { now: number };
}

/** Records what the engine asked and answers with a message naming the focus. */
export function spyAnswerer(answers: FollowUpInput[]): FollowUpAnswerer {
  return {
    answer(input) {
      answers.push(input);
      return {
        kind: 'answer',
        title: input.report ? `Answer (focus ${input.focusSection ?? 'none'})` : 'No review yet',
        tone: 'info',
        blocks: [{ type: 'paragraph', text: input.report ? `score ${input.report.score}` : 'send me your resume' }],
        intent: 'test',
      };
    },
  };
}

export async function fakeHarness(options: Partial<EngineOptions> = {}): Promise<Harness> {
  const map = new Map<string, unknown>();
  const store = new ConversationStore(await openStore('memory://', { map }), { resumeTtlMs: 3_600_000 });
  const analyzer = createFakeAnalyzer();
  const answers: FollowUpInput[] = [];
  const clock = { now: Date.parse('2025-01-01T10:00:00Z') };
  const engine = createEngine({
    store,
    analyzer,
    answerer: spyAnswerer(answers),
    now: () => clock.now,
    ...options,
    commands: options.commands ?? COMMANDS,
  });
  return { engine, store, map, platform: new RecordingPlatform(), analyzer, answers, clock };
}

export const WEAK_TEXT = [
  'Jordan Avery',
  'jordan@example.com',
  'SUMMARY',
  'Backend engineer.',
  'EXPERIENCE',
  'Responsible for the orders API',
  'Worked on database migrations',
  'Shipped the billing service',
  'SKILLS',
  'Go, Java, PostgreSQL',
].join('\n');

export const FIXED_TEXT = WEAK_TEXT.replace(
  'Responsible for the orders API',
  'Cut orders API p99 from 800 ms to 120 ms',
);
