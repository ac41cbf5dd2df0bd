/** The real conversation engine on a memory store, with a spy around the real follow-up answerer. */
import { ConversationStore, createEngine, defaultAnswerer, openStore } from '../../../src/core/conversation/index.js';
import type { FollowUpInput } from '../../../src/core/conversation/index.js';
import type { CoreEvent, Engine, ReplyChannel } from '../../../src/core/conversation/types.js';
import { createStubAnalyzer } from './stub-analyzer.js';

export interface TestEngine extends Engine {
  /** Every event the adapter handed over. */
  events: CoreEvent[];
  /** What the follow-up answerer was asked (question text, review, focus section). */
  questions: FollowUpInput[];
  store: ConversationStore;
}

export async function createTestEngine(): Promise<TestEngine> {
  const store = new ConversationStore(await openStore('memory://'));
  const questions: FollowUpInput[] = [];
  const engine = createEngine({
    store,
    analyzer: createStubAnalyzer(),
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
