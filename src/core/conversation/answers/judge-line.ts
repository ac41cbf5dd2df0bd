/**
 * Judging one line on its own, with the same bullet rules the review runs: for a line the user pasted
 * that is not in their resume yet ("is this better: …").
 */
import type { Resume } from '../../resume/types.js';
import { runRules } from '../../rules/index.js';
import { wordCount } from '../../text/words.js';
import { roleFor } from './role.js';
import type { FindingView, ReportView } from './view.js';

const LINE_RULES = [
  'vague-duty',
  'unquantified-bullet',
  'vague-claim',
  'weak-opening',
  'first-person',
  'passive-voice',
  'long-bullet',
  'wordy-phrase',
  'filler-word',
  'vague-quantity',
  'metric-sanity',
];

export function findingsForLine(report: ReportView, line: string): FindingView[] {
  const resume: Resume = {
    contact: { name: null, email: null, phone: null, location: null, links: [] },
    sections: [
      {
        kind: 'experience',
        heading: 'Experience',
        lines: [line],
        entries: [
          {
            title: null,
            organization: null,
            location: null,
            start: null,
            end: null,
            dateText: null,
            bullets: [line],
            lines: [],
          },
        ],
        items: [],
      },
    ],
    text: line,
    source: {
      format: 'text',
      fileName: null,
      pages: 1,
      pagesAnalysed: 1,
      truncated: false,
      bytes: null,
      words: wordCount(line),
    },
  };
  return runRules({ resume, role: roleFor(report) }, { only: LINE_RULES }).map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    evidence: f.evidence,
    suggestion: f.suggestion,
  }));
}
