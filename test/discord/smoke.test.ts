import { describe, it, expect } from 'vitest';
import { startHarness } from './helpers/harness.js';
import { IDS } from './helpers/fake-discord.js';

describe('smoke', () => {
  it('DM', async () => {
    const h = await startHarness();
    try {
      const file = h.fake.attachment('resume.txt', Buffer.from('Jordan\nEXPERIENCE\nBuilt *things*\nSKILLS\nGo'), 'text/plain');
      const msg = h.fake.userMessage({ channelId: IDS.dm, guild: false, attachments: [file] });
      const settled = await h.settle('MESSAGE_CREATE', msg);
      console.log(settled, h.fake.requests.map((r) => `${r.method} ${r.path} ${JSON.stringify(r.body)?.slice(0, 200)}`));
      expect(settled.handled).toBe(true);
    } finally {
      await h.close();
    }
  });
});
