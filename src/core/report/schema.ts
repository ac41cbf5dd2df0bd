/**
 * The report contract in zod, kept in step with report.schema.json (a verbatim copy of the shared
 * contract, schemaVersion 1). Fields beyond the contract are additions and always optional.
 */
import { z } from 'zod';
import { SECTION_KINDS } from '../resume/types.js';

export const severitySchema = z.enum(['high', 'medium', 'low']);

/** Addition: the rewrite attached to a weak-bullet finding. */
export const rewriteSchema = z.object({
  before: z.string(),
  after: z.string(),
  /** The [placeholders] in `after` the user has to fill with their own numbers. */
  placeholders: z.array(z.string()),
  /** Where such numbers can usually be found. */
  where: z.string(),
});

export const reportFindingSchema = z.object({
  rule: z.string().regex(/^[a-z][a-z0-9-]*$/),
  severity: severitySchema,
  message: z.string(),
  evidence: z.string().nullable().optional(),
  suggestion: z.string().nullable().optional(),
  pillar: z.string().optional(),
  // additions
  entryIndex: z.number().int().min(0).optional(),
  bulletIndex: z.number().int().min(0).optional(),
  rewrite: rewriteSchema.optional(),
});

/** Addition: one line of "what cost points". */
export const deductionSchema = z.object({
  rule: z.string(),
  severity: severitySchema,
  /** Findings of this rule in scope. */
  count: z.number().int().min(0),
  /** Points taken off (one decimal). */
  points: z.number().min(0),
  /** True when the rule's cap limited the deduction. */
  capped: z.boolean(),
  /** Plain words, e.g. "5 of 6 bullets" or "2 findings". */
  detail: z.string(),
});

export const scoreBreakdownSchema = z.object({
  base: z.number(),
  deductions: z.array(deductionSchema),
  /** Role-pillar coverage (overall score only). */
  coverage: z
    .object({ covered: z.number().int().min(0), total: z.number().int().min(0), points: z.number().min(0) })
    .nullable(),
  score: z.number().int().min(0).max(100),
});

export const reportEntrySchema = z.object({
  title: z.string().nullable().optional(),
  organization: z.string().nullable().optional(),
  start: z.string().nullable().optional(),
  end: z.string().nullable().optional(),
  bullets: z.array(z.string()).optional(),
  // additions
  location: z.string().nullable().optional(),
  dateText: z.string().nullable().optional(),
});

export const reportSectionSchema = z.object({
  kind: z.enum(SECTION_KINDS),
  heading: z.string().nullable(),
  score: z.number().int().min(0).max(100).nullable().optional(),
  entries: z.array(reportEntrySchema).optional(),
  findings: z.array(reportFindingSchema),
  // additions
  items: z.array(z.string()).optional(),
  /** The section body as written (verbatim lines, heading excluded): follow-up answers quote it. */
  lines: z.array(z.string()).optional(),
  scoreBreakdown: scoreBreakdownSchema.optional(),
});

/** Addition: how the resume matches a job description. */
export const matchSchema = z.object({
  /** Recognised skill/technology terms in the job description. */
  terms: z.number().int().min(0),
  /** Required terms (everything not under a "nice to have" heading) found / missing in the resume. */
  found: z.array(z.string()),
  missing: z.array(z.string()),
  /** Terms under a "nice to have"/"preferred" heading. */
  preferred: z.object({ found: z.array(z.string()), missing: z.array(z.string()) }),
  /** Job-description terms the resume lists among its skills but never shows in a bullet. */
  skillsOnly: z.array(z.string()),
  /** Job-description terms repeated more than four times in the resume. */
  stuffed: z.array(z.object({ term: z.string(), count: z.number().int().min(0) })),
  /** Share of required terms found (all terms when none is marked required), 0–100. */
  percent: z.number().int().min(0).max(100),
});

export const reportSchema = z.object({
  schemaVersion: z.literal(1),
  file: z.object({
    name: z.string().nullable().optional(),
    format: z.enum(['pdf', 'docx', 'text', 'image']),
    pages: z.number().int().min(0).nullable().optional(),
    words: z.number().int().min(0),
    bytes: z.number().int().min(0).nullable().optional(),
    // additions
    pagesAnalysed: z.number().int().min(0).nullable().optional(),
    truncated: z.boolean().optional(),
    // addition: present when the text was read by OCR (a picture or a scanned PDF)
    ocr: z
      .object({
        confidence: z.number().min(0).max(100),
        lowConfidencePages: z.array(z.number().int().min(1)),
      })
      .optional(),
  }),
  role: z.object({
    id: z.string(),
    label: z.string().optional(),
    source: z.enum(['detected', 'requested', 'default']),
    confidence: z.number().min(0).max(1).optional(),
    // addition: the next best role detection found, and how close it came
    runnerUp: z
      .object({ id: z.string(), label: z.string(), confidence: z.number().min(0).max(1) })
      .nullable()
      .optional(),
  }),
  score: z.number().int().min(0).max(100),
  summary: z.object({ strengths: z.array(z.string()).optional(), topFixes: z.array(z.string()).optional() }).optional(),
  contact: z.object({
    name: z.string().nullable().optional(),
    email: z.string().nullable().optional(),
    phone: z.string().nullable().optional(),
    location: z.string().nullable().optional(),
    links: z
      .array(
        z.object({
          kind: z.enum(['linkedin', 'github', 'portfolio', 'other']),
          url: z.string(),
          text: z.string().nullable().optional(),
        }),
      )
      .optional(),
  }),
  sections: z.array(reportSectionSchema),
  findings: z.array(reportFindingSchema),
  coverage: z.array(
    z.object({ id: z.string(), label: z.string().optional(), covered: z.boolean(), evidence: z.array(z.string()) }),
  ),
  // additions
  scoreBreakdown: scoreBreakdownSchema.optional(),
  match: matchSchema.optional(),
});

export type Report = z.infer<typeof reportSchema>;
export type ReportFinding = z.infer<typeof reportFindingSchema>;
export type ReportSection = z.infer<typeof reportSectionSchema>;
export type ScoreBreakdown = z.infer<typeof scoreBreakdownSchema>;
export type Deduction = z.infer<typeof deductionSchema>;
export type JobMatch = z.infer<typeof matchSchema>;
export type BulletRewriteInfo = z.infer<typeof rewriteSchema>;
