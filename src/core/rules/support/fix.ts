/** Small helpers for a rule's top-fix wording. */
import type { Finding } from '../types.js';

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** How many different bullets the findings point at. */
export function bulletsHit(findings: readonly Finding[]): number {
  return new Set(findings.map((f) => `${f.sectionIndex}:${f.entryIndex}:${f.bulletIndex}`)).size;
}
