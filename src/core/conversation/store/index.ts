export { openStore } from './kv.js';
export { ConversationStore } from './conversation-store.js';
export * from './schemas.js';
