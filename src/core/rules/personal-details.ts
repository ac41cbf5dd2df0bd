import type { Finding, Rule, Severity } from './types.js';
import type { SectionKind } from '../resume/types.js';
import { makeFinding } from './support/scope.js';

interface Detail {
  name: string;
  pattern: RegExp;
  severity: Severity;
  /** Only in the header or personal/other sections (e.g. a bare "Married"). */
  headerOnly?: boolean;
}

const DETAILS: Detail[] = [
  {
    name: 'date of birth',
    severity: 'medium',
    pattern: /\b(date\s+of\s+birth|birth\s*date|birthday|d\.?\s?o\.?\s?b\.?)\s*[:\-–]?\s*[\w ,./-]{0,20}\d/i,
  },
  { name: 'date of birth', severity: 'medium', pattern: /\bborn\s*(?::|on|in)\s*[\w ,./-]{0,20}\d{2,4}\b/i },
  { name: 'age', severity: 'medium', pattern: /\bage\s*:\s*\d{2}\b|\b\d{2}\s+years\s+old\b/i },
  {
    name: 'marital status',
    severity: 'medium',
    pattern: /\bmarital\s+status\s*:?\s*[^\n|,;•·]{0,20}|\bfamily\s+status\s*:\s*[^\n|,;•·]{0,20}/i,
  },
  {
    name: 'marital status',
    severity: 'medium',
    headerOnly: true,
    pattern: /(?:^|[|,•·]\s*)(married|single|divorced|widowed)(?:\s*(?:,|\||•|·|$|with\s+\d+\s+children))/im,
  },
  {
    name: 'photo',
    severity: 'medium',
    pattern: /\[\s*photo\s*\]|\bphoto(graph)?\s*(attached|:)|\bpassport[-\s]photo\b/i,
  },
  {
    name: 'national ID number',
    severity: 'high',
    pattern:
      /\b(ssn|social\s+security(\s+(number|no\.?))?|national\s+(id|identity|insurance)(\s+(number|no\.?|card))?|ni\s+number|aadhaa?r|pan\s+(card|no\.?|number)|passport\s+(number|no\.?)|id\s+(card\s+)?(number|no\.?)|nric|cpf|dni|nie|sin\s*(number|no\.?)?:)\s*[:#]?\s*[\w-]*\d[\w-]*/i,
  },
  { name: 'national ID number', severity: 'high', pattern: /\b\d{3}-\d{2}-\d{4}\b/ },
  { name: 'gender', severity: 'medium', pattern: /\b(gender|sex)\s*:\s*\w+/i },
  { name: 'religion', severity: 'medium', pattern: /\breligion\s*:\s*\w+/i },
];

const HEADER_KINDS: readonly SectionKind[] = ['contact', 'other', 'interests', 'languages', 'summary'];

/** Work and study sections are not where personal details go; their bullets are skipped (fewer false alarms). */
const SKIPPED: readonly SectionKind[] = [
  'experience',
  'projects',
  'volunteering',
  'leadership',
  'skills',
  'publications',
];

function sectionLines(kind: SectionKind, lines: readonly string[], items: readonly string[]): string[] {
  return SKIPPED.includes(kind) ? [] : [...new Set([...lines, ...items])];
}

export const personalDetails: Rule = {
  id: 'personal-details',
  description: 'Date of birth, age, marital status, a photo, or a national ID number on the resume.',
  why: 'These are not needed to judge your work, can invite bias, and ID numbers put you at risk of identity theft.',
  label: 'Personal details',
  askedAs: ['personal details'],
  fix: () => 'Remove personal details reviewers should not see (date of birth, marital status, photo, ID numbers)',
  check({ resume }) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    resume.sections.forEach((section, sectionIndex) => {
      for (const line of sectionLines(section.kind, section.lines, section.items)) {
        const onLine: string[] = [];
        for (const d of DETAILS) {
          if (d.headerOnly && !HEADER_KINDS.includes(section.kind)) continue;
          const m = d.pattern.exec(line);
          if (!m) continue;
          const evidence = (d.headerOnly ? (m[1] ?? m[0]) : m[0]).trim();
          const key = `${d.name}:${evidence}`;
          if (seen.has(key) || onLine.some((e) => e.includes(evidence) || evidence.includes(e))) continue;
          seen.add(key);
          onLine.push(evidence);
          out.push(
            makeFinding(
              'personal-details',
              {
                severity: d.severity,
                message: `Your ${d.name} is on the resume; reviewers do not need it to judge your work.`,
                evidence,
                suggestion:
                  d.severity === 'high'
                    ? 'Remove the ID number now: anyone you send the resume to can read it.'
                    : `Remove the ${d.name}; keep the header to name, contact details and links.`,
              },
              { sectionIndex },
            ),
          );
        }
      }
    });
    return out;
  },
};
