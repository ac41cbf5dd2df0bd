/**
 * Where a number for a bullet can usually be found, chosen by what the bullet is about. Our own words;
 * the point is to send people to a real source instead of inventing a figure.
 */
export type BulletTopic = 'performance' | 'reliability' | 'storage' | 'reach' | 'cost' | 'delivery' | 'team' | 'general';

const TOPIC_PATTERNS: readonly (readonly [BulletTopic, RegExp])[] = [
  ['performance', /\b(latenc\w*|p9\d|qps|throughput|fast(er)?|speed|performance|response time|optimi[sz]\w*|load time|concurren\w*)\b/i],
  ['reliability', /\b(uptime|availability|on-?call|incident\w*|outage\w*|monitor\w*|alert\w*|slo|sla|reliab\w*|fault|failover|load test\w*)\b/i],
  ['storage', /\b(database\w*|db|sql|postgres\w*|mysql|mongo\w*|redis|cache|caching|kafka|queue\w*|shard\w*|migration\w*|schema|index\w*|storage)\b/i],
  ['cost', /\b(cost\w*|spend|budget|bill\w*|savings?|aws|cloud)\b/i],
  ['reach', /\b(users?|customers?|clients?|traffic|adoption|signups?|downloads?|conversion|revenue|feature\w*|app|product)\b/i],
  ['delivery', /\b(ci\/?cd|pipeline\w*|deploy\w*|release\w*|build\w*|tests?|testing|automat\w*|tooling|tools?)\b/i],
  ['team', /\b(led|mentor\w*|team|engineers|hired|onboard\w*|review\w*|interns?)\b/i],
];

export function bulletTopic(bullet: string): BulletTopic {
  for (const [topic, pattern] of TOPIC_PATTERNS) if (pattern.test(bullet)) return topic;
  return 'general';
}

export const WHERE_TO_FIND: Record<BulletTopic, string> = {
  performance: 'your APM or metrics dashboards (p50/p99 before and after), load-test reports, or the PR that shipped the change',
  reliability: 'incident reviews and postmortems, the on-call pager history, SLO/uptime dashboards or the status page',
  storage: 'database monitoring (query time, rows, size), slow-query logs, migration tickets, or the storage bill',
  cost: 'the cloud billing console or cost reports from before and after the change',
  reach: 'product analytics (active users, conversions), release notes, or the launch announcement',
  delivery: 'CI history (build and deploy times, frequency), the ticket tracker, or release notes',
  team: 'team pages, the hiring or onboarding tracker, and your own review history',
  general: 'tickets and release notes, old performance reviews, or a quick message to a former manager',
};

/** The placeholder a rewrite uses for a number the user has not given, by topic. */
export const PLACEHOLDER: Record<BulletTopic, string> = {
  performance: 'cutting p99 latency from [X] ms to [Y] ms at [N] QPS',
  reliability: 'keeping [99.9]% availability and cutting incidents from [N] to [M] a quarter',
  storage: 'handling [size] of data with [query time] ms queries',
  cost: 'saving $[N] a month',
  reach: 'used by [N] users',
  delivery: 'cutting [build/deploy] time from [X] to [Y] minutes',
  team: 'for a team of [N] engineers',
  general: 'with [measurable result: N, %, time saved]',
};
