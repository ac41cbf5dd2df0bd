import { z } from 'zod';
import { SECTION_KINDS } from '../resume/types.js';

export const ROLE_IDS = [
  'backend',
  'software',
  'fullstack',
  'frontend',
  'api',
  'data',
  'sre',
  'mobile',
  'ml',
  'general',
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export const pillarSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  label: z.string(),
  /** What the pillar proves, in our own words (shown in answers). */
  description: z.string(),
  /** Words/phrases that count as evidence (matched case-insensitively on word boundaries). */
  evidence: z.array(z.string()).min(1),
  /** Numbers a recruiter looks for under this pillar, e.g. "p99 latency in ms". */
  metrics: z.array(z.string()),
  /** Placeholder used in rewrites for bullets about this pillar, e.g. "[X] ms p99". */
  placeholder: z.string(),
});
export type Pillar = z.infer<typeof pillarSchema>;

export const skillGroupSchema = z.object({
  id: z.string(),
  label: z.string(),
  examples: z.array(z.string()).min(1),
});
export type SkillGroup = z.infer<typeof skillGroupSchema>;

export const roleProfileSchema = z.object({
  id: z.enum(ROLE_IDS),
  label: z.string(),
  /** Job titles that point at this role (for detection). */
  titles: z.array(z.string()),
  /** Vocabulary that points at this role (for detection). */
  vocabulary: z.array(z.string()),
  pillars: z.array(pillarSchema),
  expectedSections: z.array(z.enum(SECTION_KINDS)),
  skillGroups: z.array(skillGroupSchema),
});
export type RoleProfile = z.infer<typeof roleProfileSchema>;
