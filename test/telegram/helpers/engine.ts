/** The real conversation engine on a memory store, with a spy around the real follow-up answerer. */
import { ConversationStore, createEngine, defaultAnswerer, openStore } from '../../../src/core/conversation/index.js';
import type { EngineOptions } from '../../../src/core/conversation/engine.js';
import type { FollowUpInput } from '../../../src/core/conversation/index.js';
import type { Analyzer } from '../../../src/core/conversation/analyzer.js';
import type { KeyValueStore } from '../../../src/core/conversation/store/kv-types.js';
import type { CoreEvent, Engine, ReplyChannel } from '../../../src/core/conversation/types.js';
import { createStubAnalyzer } from './stub-analyzer.js';
import { COMMANDS } from '../../../src/commands/index.js';

export interface TestEngine extends Engine {
  /** Every event the adapter handed over. */
  events: CoreEvent[];
  /** What the follow-up answerer was asked (question text, review, focus section). */
  questions: FollowUpInput[];
  store: ConversationStore;
}

/**
 * The stub analyzer by default (fast, fixed output); pass the real pipeline analyzer for end-to-end runs.
 * `kv`: the store to keep state in (a fresh memory store by default); `options`: the engine's clock and
 * timers (tests of several processes share one fake clock).
 */
export async function createTestEngine(
  analyzer: Analyzer = createStubAnalyzer(),
  kv?: KeyValueStore,
  options: Pick<EngineOptions, 'now' | 'repeat' | 'config'> = {},
): Promise<TestEngine> {
  const store = new ConversationStore(kv ?? (await openStore('memory://')));
  const questions: FollowUpInput[] = [];
  const engine = createEngine({
    store,
    analyzer,
    commands: COMMANDS,
    ...options,
    answerer: {
      answer(input) {
        questions.push(input);
        return defaultAnswerer.answer(input);
      },
    },
  });
  const events: CoreEvent[] = [];
  return {
    events,
    questions,
    store,
    commands: engine.commands,
    handle(event: CoreEvent, channel: ReplyChannel) {
      events.push(event);
      return engine.handle(event, channel);
    },
  };
}
