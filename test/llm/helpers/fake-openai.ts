/**
 * A fake OpenAI-compatible server on 127.0.0.1 (real HTTP): POST /v1/chat/completions answers from a
 * per-test script and records every request (headers and body) so tests can assert what was sent.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  headers: IncomingMessage['headers'];
  body: {
    model: string;
    messages: { role: string; content: string }[];
    response_format?: { type: string };
  };
}

/** What the model was asked to reword: the parsed user message. */
export interface PromptInput {
  /** The user's question, as untrusted text (absent when there is none). */
  question?: { untrusted_user_text: string };
  title: string;
  items: { id: string; text: string }[];
  context: { id: string; kind: string; text: string }[];
}

export type Step =
  /** A completion whose content is built from the prompt (or given as a string). */
  | { content: string | ((input: PromptInput) => string) }
  | { status: number; headers?: Record<string, string>; body?: unknown }
  /** Never answers (until the server closes): the client's deadline must cut it. */
  | { hang: true }
  /** Any raw HTTP body with status 200. */
  | { raw: string };

export interface FakeOpenAI {
  baseUrl: string;
  requests: ChatRequest[];
  /** The steps answer requests in order; the last one repeats. */
  script(...steps: Step[]): void;
  close(): Promise<void>;
}

export function promptOf(request: ChatRequest): PromptInput {
  const user = request.body.messages.find((m) => m.role === 'user');
  return JSON.parse(user?.content ?? '{}') as PromptInput;
}

function completion(content: string, model: string): string {
  return JSON.stringify({
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 1_764_720_000,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  });
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const requests: ChatRequest[] = [];
  let steps: Step[] = [{ status: 500 }];
  const handle = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
      return;
    }
    const request: ChatRequest = { headers: req.headers, body: JSON.parse(raw) as ChatRequest['body'] };
    requests.push(request);
    const step = steps.length > 1 ? steps.shift()! : steps[0]!;
    if ('hang' in step) return;
    if ('raw' in step) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(step.raw);
      return;
    }
    if ('status' in step) {
      res
        .writeHead(step.status, { 'content-type': 'application/json', ...step.headers })
        .end(JSON.stringify(step.body ?? { error: { message: 'scripted failure', type: 'server_error' } }));
      return;
    }
    const content = typeof step.content === 'string' ? step.content : step.content(promptOf(request));
    res.writeHead(200, { 'content-type': 'application/json' }).end(completion(content, request.body.model));
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    script(...next) {
      steps = next;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
