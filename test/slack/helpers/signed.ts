/** Requests to the bot signed the way Slack signs them: v0=HMAC-SHA256(secret, "v0:<timestamp>:<body>"). */
import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret';

export interface SignOptions {
  secret?: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
}

export function signatureHeaders(
  body: string,
  { secret = SIGNING_SECRET, timestamp = Math.floor(Date.now() / 1000) }: SignOptions = {},
) {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-signature': signature, 'x-slack-request-timestamp': String(timestamp) };
}

export interface PostResult {
  status: number;
  body: string;
  elapsedMs: number;
}

async function post(url: string, body: string, headers: Record<string, string>): Promise<PostResult> {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', body, headers });
  const text = await res.text();
  return { status: res.status, body: text, elapsedMs: performance.now() - started };
}

/** An Events API callback (JSON), signed unless `unsigned`. */
export function postEvent(
  url: string,
  payload: unknown,
  options: SignOptions & { retryNum?: number; unsigned?: boolean; tamper?: (body: string) => string } = {},
): Promise<PostResult> {
  const body = JSON.stringify(payload);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(options.unsigned ? {} : signatureHeaders(body, options)),
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  return post(url, options.tamper ? options.tamper(body) : body, headers);
}

/** A slash command (form-encoded), signed. */
export function postCommand(
  url: string,
  fields: Record<string, string>,
  options: SignOptions = {},
): Promise<PostResult> {
  const body = new URLSearchParams(fields).toString();
  return post(url, body, { 'content-type': 'application/x-www-form-urlencoded', ...signatureHeaders(body, options) });
}

let seq = 0;
/** A unique id with a prefix (event ids, trigger ids, message ts). */
export function uid(prefix: string): string {
  seq += 1;
  return `${prefix}${Date.now().toString(36)}${seq}`.toUpperCase();
}

/** The Events API envelope around an event (from workspace `team`). */
export function eventEnvelope(
  event: Record<string, unknown>,
  eventId: string = uid('Ev'),
  { team = 'T0001', botUser = 'UBOT0001' }: { team?: string; botUser?: string } = {},
) {
  return {
    token: 'legacy-verification-token',
    team_id: team,
    api_app_id: 'A0001',
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: team, user_id: botUser, is_bot: true }],
  };
}

let tsSeq = 0;
export function nextUserTs(): string {
  tsSeq += 1;
  return `1690000000.${String(tsSeq).padStart(6, '0')}`;
}
