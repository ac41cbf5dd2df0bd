/** Telegram adapter (grammY): DMs, /check in groups and forum topics, reply-chain coaching. */
export { startTelegram, createTelegramRuntime, type TelegramRuntime, type StartTelegramDeps } from './runtime.js';
export { createTelegramBot, type CreateTelegramBotOptions, type TelegramBot } from './bot.js';
export { loadTelegramConfig, DEFAULT_API_ROOT, type TelegramConfig, type TelegramWebhookConfig } from './config.js';
export { renderTelegramMessage, renderTelegramMessages } from './render.js';
export { TELEGRAM_LIMITS } from './limits.js';
export { escapeHtml, htmlToPlainText, telegramTextLength } from './html.js';
export { toCoreEvent } from './event.js';
export { TelegramReplyChannel } from './channel.js';
export { startWebhookServer, type WebhookServer } from './webhook.js';
