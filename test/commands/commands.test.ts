import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COMMAND_SPECS, COMMANDS, defineCommand, helpItems } from '../../src/commands/index.js';
import { ROLE_IDS } from '../../src/core/roles/types.js';
import { plain } from '../helpers/recording-channel.js';
import { fakeHarness } from '../conversation/setup.js';

describe('command registry', () => {
  it('has every command of the conversation issue, once, in a stable order', () => {
    expect(COMMAND_SPECS.map((c) => c.name)).toEqual(['check', 'ask', 'role', 'jd', 'forget', 'privacy', 'help']);
  });

  it('fits every platform: names and descriptions within Discord/Telegram/Slack limits', () => {
    for (const spec of COMMAND_SPECS) {
      expect(spec.name).toMatch(/^[a-z][a-z0-9_-]{0,31}$/);
      expect(spec.description.length).toBeGreaterThanOrEqual(3);
      expect(spec.description.length).toBeLessThanOrEqual(100);
      expect(spec.usage.startsWith(`/${spec.name}`)).toBe(true);
      for (const arg of spec.args) {
        expect(arg.name).toMatch(/^[a-z][a-z0-9_-]{0,31}$/);
        expect(arg.description.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('offers the role ids as choices and an optional file for /check', () => {
    const role = COMMAND_SPECS.find((c) => c.name === 'role');
    expect(role?.args).toEqual([
      expect.objectContaining({ name: 'id', type: 'string', required: true, choices: ROLE_IDS }),
    ]);
    const check = COMMAND_SPECS.find((c) => c.name === 'check');
    expect(check?.args[0]).toMatchObject({ name: 'file', type: 'file', required: false });
  });

  it('exposes plain data (adapters may serialise it)', () => {
    expect(JSON.parse(JSON.stringify(COMMAND_SPECS))).toEqual(COMMAND_SPECS);
  });
});

describe('help', () => {
  it('is generated from the registered commands', async () => {
    const extra = defineCommand({
      name: 'ping',
      description: 'Answers pong.',
      usage: '/ping',
      args: [],
      schema: z.object({}),
      async run(ctx) {
        await ctx.reply({ kind: 'notice', title: 'pong', tone: 'info', blocks: [] });
      },
    });
    const h = await fakeHarness({ commands: [...COMMANDS, extra] });
    const out = await h.platform.deliver(h.engine, { text: '/help' });
    const text = plain(out[0]!.message);
    for (const line of helpItems(h.engine.commands)) expect(text).toContain(line);
    expect(text).toContain('/ping: Answers pong.');
    const ping = await h.platform.deliver(h.engine, { text: '/ping' });
    expect(ping[0]?.message?.title).toBe('pong');
  });

  it('answers an empty addressed message (a bare mention) with help', async () => {
    const h = await fakeHarness();
    const out = await h.platform.deliver(h.engine, { conversation: { id: 'C1', kind: 'channel' }, text: '<@U0BOT>' });
    expect(plain(out[0]!.message)).toContain('/check: Review a resume');
  });
});

describe('argument validation', () => {
  it('answers invalid arguments with the reason and the usage', async () => {
    const h = await fakeHarness();
    const jd = await h.platform.deliver(h.engine, { text: '/jd too short' });
    expect(plain(jd[0]!.message)).toContain(
      'That is too short for a job description: paste the whole ad. Usage: /jd <the job description text>',
    );
    const ask = await h.platform.deliver(h.engine, { text: '/ask' });
    expect(plain(ask[0]!.message)).toContain('Usage: /ask <question>');
    const role = await h.platform.deliver(h.engine, { text: '/role' });
    expect(plain(role[0]!.message)).toContain('Pick one of: backend');
  });

  it('accepts a role case-insensitively and from a native command', async () => {
    const h = await fakeHarness();
    await h.platform.deliver(h.engine, { text: '/role Backend' });
    expect(await h.store.getRole('test', 'u1')).toBe('backend');
    await h.platform.deliver(h.engine, { text: '', command: { name: 'role', args: 'data' } });
    expect(await h.store.getRole('test', 'u1')).toBe('data');
  });
});
