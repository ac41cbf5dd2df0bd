/** Helpers that more than one platform adapter uses (platform-neutral; no platform library imports). */
export { RecentIds, type RecentIdsOptions } from './recent-ids.js';
