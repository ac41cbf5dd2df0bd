/** Helpers that more than one platform adapter uses (platform-neutral; no platform library imports). */
export { explainListenError } from './listen.js';
export { RecentIds } from './recent-ids.js';
