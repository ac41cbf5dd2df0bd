export {
  openStore,
  storeKindOf,
  sqlitePathOf,
  type KeyValueStore,
  type StoreKind,
  type OpenStoreOptions,
} from './kv.js';
export { ConversationStore, type StoreTtls, type ForgetSummary, type RateDecision } from './conversation-store.js';
export { keys, type Scope } from './keys.js';
export * from './schemas.js';
