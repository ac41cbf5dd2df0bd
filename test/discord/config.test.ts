import { describe, it, expect } from 'vitest';
import { discordEnv } from '../../src/adapters/discord/config.js';
import { readEnv } from '../../src/core/env.js';
import { intentsFor } from '../../src/adapters/discord/adapter.js';
import { GatewayIntentBits } from 'discord.js';
import { CodedError } from '../../src/core/errors.js';

const loadDiscordConfig = (env: NodeJS.ProcessEnv) => readEnv(discordEnv, env);

describe('loadDiscordConfig', () => {
  it('applies defaults', () => {
    const config = loadDiscordConfig({ DISCORD_TOKEN: 'abc' });
    expect(config).toEqual({
      DISCORD_TOKEN: 'abc',
      DISCORD_APPLICATION_ID: undefined,
      DISCORD_GUILD_ID: undefined,
      DISCORD_API_URL: 'https://discord.com/api',
      DISCORD_MESSAGE_CONTENT: false,
    });
  });

  it('reads every setting and trims a trailing slash from the API URL', () => {
    const config = loadDiscordConfig({
      DISCORD_TOKEN: 'abc',
      DISCORD_APPLICATION_ID: '123456789012345678',
      DISCORD_GUILD_ID: '223456789012345678',
      DISCORD_API_URL: 'http://127.0.0.1:8080/api/',
      DISCORD_MESSAGE_CONTENT: 'TRUE',
    });
    expect(config.DISCORD_API_URL).toBe('http://127.0.0.1:8080/api');
    expect(config.DISCORD_MESSAGE_CONTENT).toBe(true);
    expect(config.DISCORD_GUILD_ID).toBe('223456789012345678');
  });

  it('treats empty optional values as unset', () => {
    expect(
      loadDiscordConfig({ DISCORD_TOKEN: 'abc', DISCORD_GUILD_ID: '', DISCORD_API_URL: '' }).DISCORD_GUILD_ID,
    ).toBeUndefined();
  });

  it.each([
    [{}, /^DISCORD_TOKEN: /],
    [{ DISCORD_TOKEN: 'abc', DISCORD_GUILD_ID: 'my-server' }, /^DISCORD_GUILD_ID: /],
    [{ DISCORD_TOKEN: 'abc', DISCORD_API_URL: 'ftp://x' }, /^DISCORD_API_URL: /],
    [{ DISCORD_TOKEN: 'abc', DISCORD_MESSAGE_CONTENT: 'maybe' }, /^DISCORD_MESSAGE_CONTENT: /],
  ])('a bad value names the variable (%o)', (env, pattern) => {
    let caught: unknown = null;
    try {
      loadDiscordConfig(env);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(CodedError);
    expect((caught as CodedError).code).toBe('misconfigured');
    expect((caught as CodedError).userMessage).toMatch(pattern);
    expect((caught as CodedError).userMessage).not.toContain('my-server');
  });

  it('asks for the privileged intent only when enabled', () => {
    expect(intentsFor({ DISCORD_MESSAGE_CONTENT: false })).not.toContain(GatewayIntentBits.MessageContent);
    expect(intentsFor({ DISCORD_MESSAGE_CONTENT: true })).toContain(GatewayIntentBits.MessageContent);
    expect(intentsFor({ DISCORD_MESSAGE_CONTENT: false })).toEqual(
      expect.arrayContaining([
        GatewayIntentBits.Guilds,
        GatewayIntentBits.GuildMessages,
        GatewayIntentBits.DirectMessages,
      ]),
    );
  });
});
