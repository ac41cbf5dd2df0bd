/**
 * What of an error may be logged: its name and Discord's numeric code/status. Never the message of a
 * foreign error as-is (request errors can carry URLs, and interaction URLs carry tokens).
 */
export interface ErrorFacts {
  errName: string;
  code?: number | string;
  status?: number;
}

export function errorFacts(err: unknown): ErrorFacts {
  if (!(err instanceof Error)) return { errName: typeof err };
  const facts: ErrorFacts = { errName: err.name };
  const { code, status } = err as Error & { code?: unknown; status?: unknown };
  if (typeof code === 'number' || typeof code === 'string') facts.code = code;
  if (typeof status === 'number') facts.status = status;
  return facts;
}
