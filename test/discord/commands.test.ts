import { afterEach, describe, it, expect } from 'vitest';
import { COMMAND_SPECS } from '../../src/commands/index.js';
import { registerCommands } from '../../src/adapters/discord/register.js';
import { slashCommands } from '../../src/adapters/discord/commands.js';
import { main as registerMain } from '../../src/adapters/discord/register.js';
import { createLogger } from '../../src/core/log.js';
import { ROLE_IDS } from '../../src/core/roles/types.js';
import { CodedError } from '../../src/core/errors.js';
import { FakeDiscord, IDS, TOKEN } from './helpers/fake-discord.js';

const ATTACHMENT = 11;
const STRING = 3;

describe("slash commands from the engine's command specs", () => {
  const commands = slashCommands(COMMAND_SPECS);
  const byName = new Map(commands.map((c) => [c.name, c]));

  it('covers every command of the conversation', () => {
    for (const name of ['check', 'ask', 'role', 'jd', 'forget', 'privacy', 'help']) expect(byName.has(name)).toBe(true);
  });

  it('/check takes an optional ATTACHMENT option', () => {
    const file = byName.get('check')?.options?.find((o) => o.type === ATTACHMENT);
    expect(file).toMatchObject({ name: 'file', required: false });
  });

  it('/ask and /jd take required text; /role offers every role as a choice', () => {
    expect(byName.get('ask')?.options?.[0]).toMatchObject({ type: STRING, required: true });
    expect(byName.get('jd')?.options?.[0]).toMatchObject({ type: STRING, required: true });
    const role = byName.get('role')?.options?.[0];
    expect(role && 'choices' in role ? role.choices?.map((c) => c.value) : []).toEqual([...ROLE_IDS]);
  });

  it("fits Discord's rules: names, description lengths, required options first", () => {
    for (const command of commands) {
      expect(command.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(command.description.length).toBeGreaterThan(0);
      expect(command.description.length).toBeLessThanOrEqual(100);
      const required = (command.options ?? []).map((o) => Boolean(o.required));
      expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
      for (const option of command.options ?? []) expect(option.description.length).toBeLessThanOrEqual(100);
    }
  });

  it('fills role choices from ROLE_IDS when a spec leaves them out', () => {
    const [role] = slashCommands([
      {
        name: 'role',
        description: 'Pick',
        usage: '/role',
        args: [{ name: 'id', description: 'Role', type: 'string', required: true }],
      },
    ]);
    const option = role?.options?.[0];
    expect(option && 'choices' in option ? option.choices?.length : 0).toBe(ROLE_IDS.length);
  });
});

describe('registerCommands', () => {
  let fake: FakeDiscord | null = null;
  afterEach(async () => {
    await fake?.close();
    fake = null;
  });

  const config = (api: string, guild?: string) => ({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: IDS.app,
    DISCORD_GUILD_ID: guild,
    DISCORD_API_URL: api,
    DISCORD_MESSAGE_CONTENT: false,
  });

  it('registers globally with one PUT of every command', async () => {
    fake = await FakeDiscord.start();
    const result = await registerCommands(config(fake.apiBase));
    expect(result.scope).toBe('global');
    const put = fake.find('PUT', new RegExp(`^/applications/${IDS.app}/commands$`));
    expect(put).toHaveLength(1);
    expect((put[0]!.body as { name: string }[]).map((c) => c.name)).toEqual(result.names);
  });

  it('registers for one guild when DISCORD_GUILD_ID is set', async () => {
    fake = await FakeDiscord.start();
    const result = await registerCommands(config(fake.apiBase, IDS.guild));
    expect(result.scope).toBe('guild');
    expect(fake.find('PUT', new RegExp(`^/applications/${IDS.app}/guilds/${IDS.guild}/commands$`))).toHaveLength(1);
  });

  it('names the missing application id', async () => {
    await expect(
      registerCommands({ ...config('http://127.0.0.1:9/api'), DISCORD_APPLICATION_ID: undefined }),
    ).rejects.toThrow(CodedError);
    await expect(
      registerCommands({ ...config('http://127.0.0.1:9/api'), DISCORD_APPLICATION_ID: undefined }),
    ).rejects.toThrow(/DISCORD_APPLICATION_ID/);
  });

  it('the npm script entry point reads the environment and exits 0, or 1 naming what is missing', async () => {
    fake = await FakeDiscord.start();
    const silent = createLogger('silent');
    const env = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: IDS.app, DISCORD_API_URL: fake.apiBase };
    expect(await registerMain(env, silent)).toBe(0);
    expect(fake.find('PUT', /\/commands$/)).toHaveLength(1);
    expect(await registerMain({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiBase }, silent)).toBe(1);
    expect(fake.find('PUT', /\/commands$/)).toHaveLength(1);
  });
});
