/** Log-safe descriptions of grammY errors: GrammyError carries the request payload and HttpError wraps a
 * fetch error whose message may hold the request URL (with the bot token), so never log them whole. */
import { BotError, GrammyError, HttpError } from 'grammy';
import { isCodedError } from '../../core/errors.js';

export interface SafeErrorInfo {
  name: string;
  method?: string;
  errorCode?: number;
  description?: string;
  code?: string;
}

export function safeErrorInfo(err: unknown): SafeErrorInfo {
  const inner = err instanceof BotError ? err.error : err;
  if (inner instanceof GrammyError) {
    return { name: inner.name, method: inner.method, errorCode: inner.error_code, description: inner.description };
  }
  // grammY builds HttpError messages from the method name only (sensitive logs are off by default).
  if (inner instanceof HttpError) return { name: inner.name, description: inner.message };
  if (isCodedError(inner)) return { name: inner.name, code: inner.code };
  return { name: inner instanceof Error ? inner.name : typeof inner };
}

/** True when Telegram refused because the bot may not write to that chat (e.g. the user never pressed Start). */
export function isCannotMessageUser(err: unknown): boolean {
  return (
    err instanceof GrammyError &&
    (err.error_code === 403 || (err.error_code === 400 && /chat not found/i.test(err.description)))
  );
}

/** True when Telegram could not parse our HTML (a bug on our side): worth one plain-text retry. */
export function isEntityParseError(err: unknown): boolean {
  return err instanceof GrammyError && err.error_code === 400 && /can't parse entities/i.test(err.description);
}
