import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { z } from 'zod';
import { extractPastedText } from '../../src/core/extract/index.js';
import { parseResume } from '../../src/core/resume/index.js';
import { reviewResume } from '../../src/core/review/index.js';
import { reportSchema, type Report } from '../../src/core/report/index.js';
import { STRONG_BACKEND_RESUME, WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';

const jsonSchema: unknown = JSON.parse(
  readFileSync(new URL('../../src/core/report/report.schema.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateContract = ajv.compile(jsonSchema as object);

const NOW = new Date('2025-06-01T00:00:00Z');
const review = (lines: readonly string[], jd: string | null = null) =>
  reviewResume(parseResume(extractPastedText(lines.join('\n'), { fileName: 'resume.md' })), {
    now: NOW,
    jobDescription: jd,
  });

const REPORTS: [string, Report][] = [
  ['weak', review(WEAK_BACKEND_RESUME).report],
  ['strong', review(STRONG_BACKEND_RESUME).report],
  [
    'with job description',
    review(WEAK_BACKEND_RESUME, 'Requirements: Go, Kubernetes, Kafka\nNice to have: GraphQL').report,
  ],
  ['nearly empty', review(['Sam Example']).report],
  [
    'general role',
    review(['Alex Doe', 'alex@example.com', '', 'EXPERIENCE', 'Barista, Cafe Uno  2019 – 2021', '- Served customers'])
      .report,
  ],
];

function roundTrip(report: Report): unknown {
  return JSON.parse(JSON.stringify(report));
}

describe('report contract (schemaVersion 1)', () => {
  for (const [name, report] of REPORTS) {
    it(`validates the ${name} report against the JSON Schema and the zod schema`, () => {
      const json = roundTrip(report);
      const ok = validateContract(json);
      expect(validateContract.errors ?? [], name).toEqual([]);
      expect(ok).toBe(true);
      expect(reportSchema.safeParse(json).success).toBe(true);
    });
  }

  it('agrees with the JSON Schema on reports it must reject', () => {
    const base = roundTrip(REPORTS[0]![1]) as Record<string, unknown>;
    const bad: Record<string, unknown>[] = [
      { ...base, schemaVersion: 2 },
      { ...base, score: 101 },
      { ...base, score: 12.5 },
      { ...base, role: { id: 'backend', source: 'guessed' } },
      { ...base, file: { format: 'rtf', words: 1 } },
      { ...base, findings: [{ rule: 'Bad Rule', severity: 'high', message: 'x' }] },
      { ...base, findings: [{ rule: 'x', severity: 'urgent', message: 'x' }] },
      { ...base, sections: [{ kind: 'hobbies', heading: null, findings: [] }] },
      { ...base, coverage: [{ id: 'storage', covered: 'yes', evidence: [] }] },
      Object.fromEntries(Object.entries(base).filter(([k]) => k !== 'contact')),
    ];
    for (const report of bad) {
      expect(validateContract(report), JSON.stringify(report).slice(0, 80)).toBe(false);
      expect(reportSchema.safeParse(report).success).toBe(false);
    }
  });

  it('keeps the additions optional: the contract fields alone satisfy the zod schema', () => {
    const minimal = {
      schemaVersion: 1,
      file: { format: 'pdf', words: 10 },
      role: { id: 'backend', source: 'default' },
      score: 50,
      contact: {},
      sections: [{ kind: 'skills', heading: 'Skills', findings: [] }],
      findings: [],
      coverage: [],
    };
    expect(validateContract(minimal)).toBe(true);
    expect(reportSchema.safeParse(minimal).success).toBe(true);
  });

  it('describes the additions in a JSON Schema generated from zod that real reports also satisfy', () => {
    const generated = z.toJSONSchema(reportSchema, { target: 'draft-2020-12' });
    const validateAdditions = new Ajv2020({ strict: false }).compile(generated);
    for (const [name, report] of REPORTS) expect(validateAdditions(roundTrip(report)), name).toBe(true);
  });

  it('records which file was read', () => {
    expect(REPORTS[0]![1].file).toMatchObject({ name: 'resume.md', format: 'text', words: expect.any(Number) });
  });
});
