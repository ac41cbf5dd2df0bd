/**
 * The outcome clause a rewrite ends with and where its numbers usually are, from the profile in force: software
 * profiles pick from the shared software topics (latency, QPS, …); every other field uses its pillars' own
 * outcomes and places, then its voice. So no software wording reaches a nurse or a teacher.
 */
import type { Pillar, RoleProfile } from '../roles/types.js';
import { hasAnyTerm } from '../text/terms.js';
import { pickTopic } from './topics.js';

export interface Outcome {
  outcome: string;
  where: string;
}

/** The pillar whose evidence the line uses, or null. */
export function pillarFor(line: string, role: RoleProfile): Pillar | null {
  return role.pillars.find((p) => hasAnyTerm(line, p.evidence)) ?? null;
}

export function outcomeFor(line: string, role: RoleProfile): Outcome {
  if (role.softwareTopics) {
    const topic = pickTopic(line, role.skipTopics);
    if (topic) return { outcome: topic.outcome, where: topic.where };
  }
  const pillar = pillarFor(line, role);
  const narrow = pillar?.outcomes?.find((o) => hasAnyTerm(line, o.evidence));
  if (pillar && narrow) return { outcome: narrow.outcome, where: pillar.where ?? role.voice.where };
  if (pillar?.outcome) return { outcome: pillar.outcome, where: pillar.where ?? role.voice.where };
  if (pillar)
    return { outcome: `[result], measured as ${pillar.placeholder}`, where: pillar.where ?? role.voice.where };
  return { outcome: role.voice.outcome, where: role.voice.where };
}

/** Where numbers for a line usually are, for the profile in force (answers and rewrites share it). */
export function whereFor(line: string, role: RoleProfile): string {
  return outcomeFor(line, role).where;
}
