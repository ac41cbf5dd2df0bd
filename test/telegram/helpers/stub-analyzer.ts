/**
 * A small Analyzer for the Telegram tests while src/core/pipeline.ts is being written: it accepts bytes that
 * look like a whole PDF (%PDF- … %%EOF) and reviews a fixed resume; anything else is "corrupt". A file
 * name containing "long" gets an experience section too long for one Telegram message.
 */
import { CodedError } from '../../../src/core/errors.js';
import type { Analyzer, AnalyzeOptions } from '../../../src/core/conversation/analyzer.js';
import { reportSchema, type Report } from '../../../src/core/report/index.js';
import type { ReplyMessage } from '../../../src/core/reply/types.js';

function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1');
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.byteLength - 1024))).toString('latin1');
  return head === '%PDF-' && tail.includes('%%EOF');
}

function review(options: AnalyzeOptions): { report: Report; messages: ReplyMessage[] } {
  const long = options.fileName?.includes('long') ?? false;
  const bullets = Array.from(
    { length: long ? 80 : 2 },
    (_, i) => `Responsible for the <orders> API & billing job ${i + 1}`,
  );
  const report = reportSchema.parse({
    schemaVersion: 1,
    file: { name: options.fileName, format: 'pdf', pages: 1, words: 120, bytes: null },
    role: { id: 'backend', source: 'detected' },
    score: 55,
    contact: { name: 'Jordan Avery' },
    sections: [
      {
        kind: 'experience',
        heading: 'EXPERIENCE',
        score: 40,
        findings: bullets.map((evidence) => ({
          rule: 'vague-duty',
          severity: 'high',
          message: 'States a duty, not an outcome.',
          evidence,
        })),
      },
      {
        kind: 'skills',
        heading: 'SKILLS',
        score: 70,
        findings: [{ rule: 'skills-ungrouped', severity: 'medium', message: 'One long flat list.', evidence: null }],
      },
    ],
    findings: [],
    coverage: [],
  });
  const messages: ReplyMessage[] = [
    {
      kind: 'summary',
      title: 'Score 55/100 (backend)',
      tone: 'medium',
      blocks: [{ type: 'paragraph', text: 'Top fixes: outcomes, numbers, grouped skills.' }],
    },
    ...report.sections.map(
      (section, index): ReplyMessage => ({
        kind: 'section',
        title: `${section.heading}: ${section.score}/100`,
        tone: 'high',
        section: { index, kind: section.kind, heading: section.heading },
        blocks: section.findings.map((f) => ({
          type: 'finding' as const,
          severity: f.severity,
          rule: f.rule,
          title: f.message,
          evidence: f.evidence ?? null,
          suggestion:
            'Lead with what changed because of you, then the number: "Cut [metric] from [X] to [Y] by [how]". Keep the subject matter of your own line.',
        })),
      }),
    ),
  ];
  return { report, messages };
}

export function createStubAnalyzer(): Analyzer {
  return {
    async analyzeFile(bytes, options) {
      if (!looksLikePdf(bytes))
        throw new CodedError(
          'corrupt',
          'That file looks damaged: I could not read it. Export it again as PDF and resend it.',
        );
      const { report, messages } = review(options);
      return { report, document: { messages } };
    },
    async analyzeText(_text, options) {
      const { report, messages } = review(options);
      return { report, document: { messages } };
    },
    delta(previous, next) {
      return { kind: 'notice', title: `Score ${previous.score} → ${next.score}`, tone: 'info', blocks: [] };
    },
    parseReport(value) {
      const parsed = reportSchema.safeParse(value);
      return parsed.success ? parsed.data : null;
    },
  };
}
