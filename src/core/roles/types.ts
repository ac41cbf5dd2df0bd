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
  'embedded',
  'vision',
  'security',
  'qa',
  'analyst',
  'product',
  'design',
  'marketing',
  'sales',
  'finance',
  'education',
  'healthcare',
  'operations',
  'service',
  'student',
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
  /**
   * The outcome clause a rewrite of a bullet about this pillar ends with, in the field's own terms
   * ("[N] patients a shift, [X]% fewer falls"): placeholders only, never a real-looking number.
   */
  outcome: z
    .string()
    .regex(/\[[^\]]+\]/)
    .optional(),
  /** Where such numbers usually are, in the field's own places ("the ward's incident log"). */
  where: z.string().optional(),
  /**
   * Narrower outcomes inside the pillar, the first whose evidence the line uses wins ("stock" → stock accuracy,
   * not cash handled): placeholders only.
   */
  outcomes: z
    .array(z.object({ evidence: z.array(z.string()).min(1), outcome: z.string().regex(/\[[^\]]+\]/) }))
    .optional(),
});
export type Pillar = z.infer<typeof pillarSchema>;

export const skillGroupSchema = z.object({
  id: z.string(),
  label: z.string(),
  examples: z.array(z.string()).min(1),
});

/** How the bot talks to this field: every example and hint it shows comes from here. */
export const roleVoiceSchema = z.object({
  /** What to count, for "Put a number in 5 bullets: …" (e.g. "patients per shift, waiting times, errors"). */
  quantify: z.string().min(3),
  /** Where numbers for this field usually are, when no pillar is more specific. */
  where: z.string().min(3),
  /** The outcome clause a rewrite ends with when no pillar fits: placeholders only. */
  outcome: z.string().regex(/\[[^\]]+\]/),
  /** Action verbs typical of the field, shown as examples ("Open with … (Built, Cut, Led)"). */
  verbs: z.array(z.string().regex(/^[A-Z][a-z]+$/)).min(4),
  /** A passive line of this field and its active rewrite. */
  passive: z.tuple([z.string(), z.string()]),
  /** A first-person summary opening of this field and its rewrite. */
  summary: z.tuple([z.string(), z.string()]),
});

export const roleProfileSchema = z
  .object({
    id: z.enum(ROLE_IDS),
    label: z.string(),
    /** Job titles that point at this role (for detection). */
    titles: z.array(z.string()),
    /** Vocabulary that points at this role (for detection). */
    vocabulary: z.array(z.string()),
    pillars: z.array(pillarSchema),
    expectedSections: z.array(z.enum(SECTION_KINDS)),
    skillGroups: z.array(skillGroupSchema),
    /**
     * Software profiles pick rewrite outcomes from the shared software topics (latency, QPS, …); every other
     * profile uses its pillars' own outcomes, so no software wording reaches a nurse or a teacher.
     */
    softwareTopics: z.boolean(),
    /**
     * Shared software topics (src/core/review/topics.ts ids) whose wording does not fit this field even though
     * its lines use the topic's words: an SRE's "Linux services" are about uptime, not p99 latency at a QPS.
     * Such lines take the profile's pillar or voice outcome instead.
     */
    skipTopics: z.array(z.string().regex(/^[a-z][a-z-]*$/)).optional(),
    voice: roleVoiceSchema,
    /** Titles and vocabulary are generic (fit many resumes): they count for less next to a specific match. */
    generic: z.boolean().optional(),
  })
  .refine((p) => p.softwareTopics || p.pillars.every((x) => x.outcome !== undefined && x.where !== undefined), {
    message: 'a profile without software topics needs an outcome and a where on every pillar',
  });
export type RoleProfile = z.infer<typeof roleProfileSchema>;
