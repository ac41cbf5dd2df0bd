import type { ReportView } from '../../src/core/conversation/answers/view.js';

/** A hand-built report in the shape of the public contract (a weak backend resume). */
export function weakReport(): ReportView {
  return {
    file: { format: 'pdf', pages: 3, words: 900, name: 'cv.pdf' },
    role: { id: 'backend', label: 'Backend engineer', source: 'detected', confidence: 0.8 },
    score: 48,
    summary: {
      strengths: ['Relevant stack: Go, PostgreSQL, Redis'],
      topFixes: ['Turn duties into results', 'Add numbers', 'Show reliability'],
    },
    contact: { name: 'Jordan Avery', email: 'jordan@example.com', phone: null, location: 'Portland, OR', links: [] },
    sections: [
      { kind: 'contact', heading: null, score: 70, findings: [] },
      {
        kind: 'summary',
        heading: 'Summary',
        score: 40,
        findings: [
          {
            rule: 'vague-claim',
            severity: 'medium',
            message: 'Self-praise without evidence',
            evidence: 'Passionate and results-driven',
            suggestion: 'Replace with a measured result',
          },
        ],
      },
      {
        kind: 'experience',
        heading: 'Experience',
        score: 35,
        entries: [
          {
            title: 'Software Engineer',
            organization: 'Orderly Inc.',
            start: '2021-01',
            end: 'present',
            bullets: [
              'Responsible for the orders API',
              'Worked on database migrations for the billing service',
              'Cut p99 latency of checkout from 900 ms to 250 ms',
            ],
          },
        ],
        findings: [
          {
            rule: 'vague-duty',
            severity: 'high',
            message: 'States a duty, not an outcome',
            evidence: 'Responsible for the orders API',
            suggestion: 'Owned the orders API: cut p99 latency from [X] ms to [Y] ms at [N] QPS by [how]',
          },
          {
            rule: 'unquantified-bullet',
            severity: 'medium',
            message: 'No measurable result',
            evidence: 'Responsible for the orders API',
            suggestion: 'Owned the orders API: cut p99 latency from [X] ms to [Y] ms at [N] QPS by [how]',
          },
          {
            rule: 'unquantified-bullet',
            severity: 'medium',
            message: 'No measurable result',
            evidence: 'Worked on database migrations for the billing service',
            suggestion: null,
          },
        ],
      },
      {
        kind: 'skills',
        heading: 'Skills',
        score: 60,
        findings: [
          {
            rule: 'skills-ungrouped',
            severity: 'low',
            message: 'A long flat list',
            evidence: 'Java, Python, Go, Spring, Docker',
            suggestion: 'Group them',
          },
        ],
      },
    ],
    findings: [
      {
        rule: 'missing-pillar',
        severity: 'high',
        message: 'No reliability evidence',
        evidence: null,
        suggestion: null,
        pillar: 'reliability',
      },
      { rule: 'too-long', severity: 'medium', message: 'Three pages is too long', evidence: null, suggestion: null },
      { rule: 'missing-contact', severity: 'medium', message: 'No phone number', evidence: null, suggestion: null },
    ],
    coverage: [
      { id: 'service-design', label: 'Service design', covered: true, evidence: ['Responsible for the orders API'] },
      {
        id: 'storage',
        label: 'Storage',
        covered: true,
        evidence: ['Worked on database migrations for the billing service'],
      },
      {
        id: 'performance',
        label: 'Performance',
        covered: true,
        evidence: ['Cut p99 latency of checkout from 900 ms to 250 ms'],
      },
      { id: 'reliability', label: 'Reliability', covered: false, evidence: [] },
    ],
  };
}
