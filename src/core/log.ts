import { pino, type Logger } from 'pino';

/**
 * The one logger. Resume text, file URLs (Telegram's contain the bot token) and tokens must never be
 * logged: log ids, codes, sizes and timings only. The redact list is a safety net for key paths, not a
 * licence to log payloads.
 */
export const REDACT_PATHS = [
  'token',
  '*.token',
  'url',
  '*.url',
  'text',
  '*.text',
  'headers.authorization',
  '*.headers.authorization',
  'file_path',
  '*.file_path',
];

export function createLogger(level: string = process.env.LOG_LEVEL || 'info'): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      base: { app: 'resume-coach' },
    },
    pino.destination(2),
  );
}

export const log: Logger = createLogger();
export type { Logger };
