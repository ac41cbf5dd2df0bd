import { z } from 'zod';
import { notice, periodName } from '../core/conversation/messages.js';
import type { StoreKind } from '../core/conversation/store/kv.js';
import { defineCommand } from './types.js';

const WHERE: Record<StoreKind, string> = {
  memory: "in this bot process's memory (gone when it restarts)",
  sqlite: "in a SQLite file on the bot's server",
  redis: "in the bot's Redis server",
};

export function privacyLines(
  kind: StoreKind,
  resumeTtlMs: number,
  rateWindowMs: number,
): { intro: string; kept: string[]; notes: string[] } {
  return {
    intro: `What I keep about you, ${WHERE[kind]}:`,
    kept: [
      'your last review per conversation and thread: the score, the findings and the lines of your resume they quote, and which of my messages is about which section',
      'the last file (or pasted text) you sent me in each conversation, so /check without a file can re-check it',
      'a job description you gave me with /jd',
      'your /role preference',
    ],
    notes: [
      `All of that expires ${resumeTtlMs === 3_600_000 ? 'an hour' : periodName(resumeTtlMs)} after you last sent it. /forget deletes it immediately and tells you what it deleted.`,
      `For the rate limit: the times of your checks in the past ${periodName(rateWindowMs)}, under a hashed id. Message ids for a few minutes, to ignore duplicate deliveries.`,
      'My logs hold ids, error codes and timings: never your resume text, file names or links.',
    ],
  };
}

/** With LLM_BASE_URL set: what goes to the model, and where. */
export function modelNote(host: string): string {
  return `Answers to your questions are reworded by a language model at ${host}: it receives your question, the answer and the lines of your resume that answer quotes (contact details replaced), never your file. If its wording adds anything your resume does not say, you get my own wording instead.`;
}

export const privacyCommand = defineCommand({
  name: 'privacy',
  description: 'What I keep about you, and for how long.',
  usage: '/privacy',
  private: 'always',
  args: [],
  schema: z.object({}),
  async run(ctx) {
    const { store, config, answerer } = ctx.services;
    const { intro, kept, notes } = privacyLines(store.kind, store.ttls.resumeTtlMs, config.rateWindowMs);
    if (answerer.modelHost) notes.push(modelNote(answerer.modelHost));
    await ctx.replyPrivately(
      notice('Privacy', [intro], {
        blocks: [{ type: 'list', items: kept }, ...notes.map((text) => ({ type: 'paragraph' as const, text }))],
      }),
    );
  },
});
