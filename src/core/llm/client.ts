/**
 * The one call to an OpenAI-compatible chat endpoint (Ollama, llama.cpp server, vLLM, a hosted API), made
 * with the official `openai` client. One deadline covers the whole call, retries and the client's
 * retry-after sleeps included. Failures become a code; the error's message (which can carry the URL) and
 * the key never leave this file.
 */
import OpenAI from 'openai';
import type { LlmConfig } from './config.js';

export type CallFailure = 'timeout' | 'rate-limited' | 'server-error' | 'client-error' | 'unreachable' | 'empty';

export type CallResult = { ok: true; content: string } | { ok: false; failure: CallFailure };

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

export interface ChatModel {
  complete(messages: readonly ChatMessage[]): Promise<CallResult>;
}

function failureOf(err: unknown, timedOut: boolean): CallFailure {
  if (timedOut || err instanceof OpenAI.APIUserAbortError || err instanceof OpenAI.APIConnectionTimeoutError)
    return 'timeout';
  if (err instanceof OpenAI.APIConnectionError) return 'unreachable';
  if (err instanceof OpenAI.APIError && typeof err.status === 'number') {
    if (err.status === 429) return 'rate-limited';
    if (err.status >= 500) return 'server-error';
    return 'client-error';
  }
  return 'unreachable';
}

export function createChatModel(config: LlmConfig): ChatModel {
  const client = new OpenAI({
    baseURL: config.baseUrl,
    // Without a key no Authorization header is sent at all (local servers need none).
    apiKey: config.apiKey ?? '',
    ...(config.apiKey === null ? { defaultHeaders: { Authorization: null } } : {}),
    // Explicit, so no OPENAI_* variable is ever read and the client never logs (its debug log shows requests).
    organization: null,
    project: null,
    webhookSecret: null,
    logLevel: 'off',
    timeout: config.timeoutMs,
    maxRetries: 1,
  });
  return {
    async complete(messages) {
      const controller = new AbortController();
      let timedOut = false;
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          timedOut = true;
          controller.abort();
          reject(new Error('deadline'));
        }, config.timeoutMs);
      });
      try {
        const call = client.chat.completions.create(
          {
            model: config.model,
            messages: [...messages],
            temperature: 0.2,
            max_tokens: 1200,
            response_format: { type: 'json_object' },
          },
          { signal: controller.signal },
        );
        // The client's retry sleep does not listen to the signal: the race keeps the deadline.
        call.catch(() => undefined);
        const completion = await Promise.race([call, deadline]);
        const content = completion.choices[0]?.message?.content ?? '';
        return content.trim() === '' ? { ok: false, failure: 'empty' } : { ok: true, content };
      } catch (err) {
        return { ok: false, failure: failureOf(err, timedOut) };
      } finally {
        clearTimeout(timer);
        controller.abort();
      }
    },
  };
}
