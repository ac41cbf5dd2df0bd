/**
 * A small deterministic Analyzer for engine unit tests (the end-to-end tests use the real pipeline):
 * sections are lines in capitals; a "weak" line is one starting with "Responsible"/"Worked on"/"Helped".
 */
import { CodedError } from '../../src/core/errors.js';
import type { Analyzer, AnalyzeOptions } from '../../src/core/conversation/analyzer.js';
import { reportSchema, type Report } from '../../src/core/report/index.js';
import type { ReplyMessage } from '../../src/core/reply/types.js';
import type { SectionKind } from '../../src/core/resume/types.js';

const KINDS: Record<string, SectionKind> = {
  SUMMARY: 'summary',
  EXPERIENCE: 'experience',
  EDUCATION: 'education',
  SKILLS: 'skills',
  PROJECTS: 'projects',
};
const WEAK = /^(?:[•-]\s*)?(responsible for|worked on|helped|involved in|assisted)/i;

export interface FakeAnalyzer extends Analyzer {
  calls: { kind: 'file' | 'text'; options: AnalyzeOptions }[];
}

function analyse(text: string, options: AnalyzeOptions): { report: Report; messages: ReplyMessage[] } {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length < 3) throw new CodedError('empty', 'I could not find any text in that file.');
  const sections: Report['sections'] = [{ kind: 'contact', heading: null, score: 90, findings: [] }];
  for (const line of lines) {
    const kind = KINDS[line];
    if (kind) {
      sections.push({ kind, heading: line, score: 100, findings: [] });
      continue;
    }
    const current = sections[sections.length - 1];
    if (current && WEAK.test(line)) {
      current.findings.push({
        rule: 'vague-duty',
        severity: 'high',
        message: 'States a duty, not an outcome.',
        evidence: line,
        suggestion: null,
      });
      current.score = Math.max(0, (current.score ?? 100) - 20);
    }
  }
  const score = Math.round(sections.reduce((s, x) => s + (x.score ?? 0), 0) / sections.length);
  const report = reportSchema.parse({
    schemaVersion: 1,
    file: { name: options.fileName, format: 'text', pages: null, words: text.split(/\s+/).length, bytes: null },
    role: { id: options.role ?? 'backend', source: options.role ? 'requested' : 'detected' },
    score,
    contact: { name: lines[0] ?? null },
    sections,
    findings: [],
    coverage: [],
  });
  const messages: ReplyMessage[] = [
    {
      kind: 'summary',
      title: `Score ${score}/100`,
      tone: 'info',
      blocks: [{ type: 'paragraph', text: `Reviewed as ${report.role.id}.` }],
    },
    ...sections.map(
      (s, index): ReplyMessage => ({
        kind: 'section',
        title: `${s.heading ?? 'Contact'}: ${s.score}/100`,
        tone: s.findings.length > 0 ? 'high' : 'ok',
        blocks: s.findings.map((f) => ({
          type: 'finding' as const,
          severity: f.severity,
          rule: f.rule,
          title: f.message,
          evidence: f.evidence ?? null,
          suggestion: null,
        })),
        section: { index, kind: s.kind, heading: s.heading },
      }),
    ),
  ];
  return { report, messages };
}

export function createFakeAnalyzer(): FakeAnalyzer {
  const calls: FakeAnalyzer['calls'] = [];
  return {
    calls,
    async analyzeFile(bytes, options) {
      calls.push({ kind: 'file', options });
      const text = Buffer.from(bytes).toString('utf8');
      if (text.startsWith('%PDF') || text.includes('\u0000'))
        throw new CodedError('corrupt', 'That file looks damaged: I could not read it.');
      const { report, messages } = analyse(text, options);
      return { report, document: { messages } };
    },
    async analyzeText(text, options) {
      calls.push({ kind: 'text', options });
      const { report, messages } = analyse(text, options);
      return { report, document: { messages } };
    },
    delta(previous, next) {
      return {
        kind: 'notice',
        title: `Score ${previous.score} → ${next.score}`,
        tone: 'info',
        blocks: [{ type: 'paragraph', text: 'before/after' }],
      };
    },
    parseReport(value) {
      const parsed = reportSchema.safeParse(value);
      return parsed.success ? parsed.data : null;
    },
  };
}
