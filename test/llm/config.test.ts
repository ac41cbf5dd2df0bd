import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/env.js';
import { readLlmConfig } from '../../src/core/llm/config.js';

describe('LLM_* settings', () => {
  it('is off when LLM_BASE_URL is unset or blank, whatever OPENAI_* says', () => {
    expect(readLlmConfig({})).toBeNull();
    expect(
      readLlmConfig({ LLM_BASE_URL: '  ', OPENAI_API_KEY: 'sk-x', OPENAI_BASE_URL: 'https://api.openai.com/v1' }),
    ).toBeNull();
  });

  it('reads the endpoint, model, key and timeout (default 8000 ms), trailing slashes dropped', () => {
    expect(
      readLlmConfig({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1/', LLM_MODEL: 'qwen2.5:3b', LLM_API_KEY: 'sk-1' }),
    ).toEqual({
      baseUrl: 'http://127.0.0.1:11434/v1',
      host: '127.0.0.1:11434',
      model: 'qwen2.5:3b',
      apiKey: 'sk-1',
      timeoutMs: 8000,
    });
    expect(
      readLlmConfig({ LLM_BASE_URL: 'https://llm.example/v1', LLM_MODEL: 'm', LLM_TIMEOUT_MS: '2500' })?.timeoutMs,
    ).toBe(2500);
  });

  it('names the variable on a bad value and never echoes the key', () => {
    const bad = (env: NodeJS.ProcessEnv): ConfigError => {
      try {
        readLlmConfig(env);
      } catch (err) {
        if (err instanceof ConfigError) return err;
      }
      throw new Error('expected a ConfigError');
    };
    expect(bad({ LLM_BASE_URL: 'ftp://x', LLM_MODEL: 'm' }).variable).toBe('LLM_BASE_URL');
    expect(bad({ LLM_BASE_URL: 'http://127.0.0.1:8080/v1' }).variable).toBe('LLM_MODEL');
    expect(bad({ LLM_MODEL: 'm' }).variable).toBe('LLM_BASE_URL');
    expect(bad({ LLM_BASE_URL: 'http://h/v1', LLM_MODEL: 'm', LLM_TIMEOUT_MS: '0' }).variable).toBe('LLM_TIMEOUT_MS');
    const secret = 'sk-secret-123';
    const err = bad({ LLM_API_KEY: secret });
    expect(`${err.message} ${err.userMessage} ${JSON.stringify(err)}`).not.toContain(secret);
  });
});
