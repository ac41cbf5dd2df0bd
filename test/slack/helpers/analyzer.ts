/**
 * A deterministic stand-in for the checker behind the real engine: the "file" is UTF-8 text; the review
 * quotes its lines (so escaping is exercised with user text) and can be made very long (splitting).
 */
import type { Analyzer, AnalyzeOptions, Analysis } from '../../../src/core/conversation/index.js';
import { reportSchema, type Report } from '../../../src/core/report/index.js';
import type { Block, ReplyMessage } from '../../../src/core/reply/types.js';

export interface FakeAnalyzerOptions {
  /** Section messages per review. */
  sections?: number;
  /** Findings per section (each ~`findingChars` long). */
  findingsPerSection?: number;
  findingChars?: number;
}

export const SECTION_TITLES = ['Experience', 'Skills', 'Education', 'Projects', 'Summary'];

function analyze(text: string, options: FakeAnalyzerOptions, opts: AnalyzeOptions): Analysis {
  const { sections = 3, findingsPerSection = 2, findingChars = 120 } = options;
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const quote = (i: number) => lines[i % Math.max(1, lines.length)] ?? '(empty)';
  const report: Report = reportSchema.parse({
    schemaVersion: 1,
    file: { name: opts.fileName, format: 'text', words: text.split(/\s+/).filter(Boolean).length },
    role: { id: opts.role ?? 'backend', label: 'Backend engineer', source: opts.role ? 'requested' : 'detected' },
    score: 58,
    contact: { name: lines[0] ?? null },
    sections: Array.from({ length: sections }, (_, i) => ({
      kind: 'experience',
      heading: SECTION_TITLES[i % SECTION_TITLES.length] ?? 'Other',
      findings: [],
    })),
    findings: [],
    coverage: [],
  });
  const summary: ReplyMessage = {
    kind: 'summary',
    title: 'Resume review — 58/100',
    tone: 'medium',
    blocks: [
      {
        type: 'fields',
        fields: [
          { label: 'Score', value: '58/100' },
          { label: 'Role', value: 'Backend engineer' },
        ],
      },
      { type: 'heading', text: 'Top fixes' },
      { type: 'list', items: ['Quantify your results', 'Group your skills', 'Lead with outcomes'], ordered: true },
      { type: 'context', text: 'Section notes follow in the thread.' },
    ],
  };
  const sectionMessages: ReplyMessage[] = Array.from({ length: sections }, (_, s) => {
    const blocks: Block[] = [{ type: 'paragraph', text: `Notes on ${SECTION_TITLES[s % SECTION_TITLES.length]}.` }];
    for (let f = 0; f < findingsPerSection; f++) {
      const marker = `MARK-${s}-${f}`;
      blocks.push({
        type: 'finding',
        severity: 'medium',
        rule: 'unquantified-bullet',
        title: `${marker} No number shows the result`,
        evidence: quote(s + f),
        suggestion: `${marker} `.padEnd(findingChars, 'x'),
      });
      blocks.push({ type: 'divider' });
    }
    blocks.push({ type: 'rewrite', before: quote(s), after: 'Cut p99 latency from [X] ms to [Y] ms' });
    return {
      kind: 'section',
      title: `${SECTION_TITLES[s % SECTION_TITLES.length]} — 60/100`,
      tone: 'medium',
      blocks,
      section: { index: s, kind: 'experience', heading: SECTION_TITLES[s % SECTION_TITLES.length] ?? null },
    };
  });
  return { report, document: { messages: [summary, ...sectionMessages] } };
}

export function fakeAnalyzer(options: FakeAnalyzerOptions = {}): Analyzer {
  return {
    async analyzeFile(bytes, opts) {
      return analyze(new TextDecoder().decode(bytes), options, opts);
    },
    async analyzeText(text, opts) {
      return analyze(text, options, opts);
    },
    delta() {
      return {
        kind: 'answer',
        title: 'What changed',
        tone: 'info',
        blocks: [{ type: 'paragraph', text: 'Score 58 → 58.' }],
      };
    },
    parseReport(value) {
      const parsed = reportSchema.safeParse(value);
      return parsed.success ? parsed.data : null;
    },
  };
}
