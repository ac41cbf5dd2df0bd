/**
 * A deterministic stand-in for the checker behind the REAL engine (until/unless the test uses the real
 * pipeline): a "file" is UTF-8 text; sections are lines in capitals; every line is quoted back (so user
 * text goes through escaping) and `long` pads findings so a report needs splitting. Bytes that are not
 * text (a PDF header, NUL bytes) are "corrupt", as the real extractor would say.
 */
import { CodedError } from '../../../src/core/errors.js';
import type { Analysis, Analyzer, AnalyzeOptions } from '../../../src/core/conversation/index.js';
import { reportSchema, type Report } from '../../../src/core/report/index.js';
import type { Block, ReplyMessage } from '../../../src/core/reply/types.js';

export interface TestAnalyzerOptions {
  /** Characters of extra advice per finding (a long report). */
  padding?: number;
}

function analyse(text: string, { padding = 0 }: TestAnalyzerOptions, options: AnalyzeOptions): Analysis {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length < 3) throw new CodedError('empty', 'I could not find any text in that file.');
  const groups: { heading: string; lines: string[] }[] = [];
  for (const line of lines.slice(1)) {
    if (/^[A-Z ]{4,}$/.test(line)) groups.push({ heading: line, lines: [] });
    else groups[groups.length - 1]?.lines.push(line);
  }
  const report: Report = reportSchema.parse({
    schemaVersion: 1,
    file: { name: options.fileName, format: 'text', words: text.split(/\s+/).filter(Boolean).length },
    role: { id: options.role ?? 'backend', label: 'Backend engineer', source: options.role ? 'requested' : 'detected' },
    score: 61,
    contact: { name: lines[0] ?? null },
    sections: groups.map((g) => ({ kind: 'experience', heading: g.heading, score: 60, findings: [] })),
    findings: [],
    coverage: [],
  });
  const summary: ReplyMessage = {
    kind: 'summary',
    title: 'Resume review — 61/100',
    tone: 'medium',
    blocks: [
      {
        type: 'fields',
        fields: [
          { label: 'Score', value: '61/100' },
          { label: 'Role', value: 'Backend engineer' },
        ],
      },
      { type: 'list', items: ['Quantify results', 'Group skills', 'Lead with outcomes'], ordered: true },
      { type: 'context', text: 'Section notes follow in the thread.' },
    ],
  };
  const sections = groups.map((group, index): ReplyMessage => {
    const blocks: Block[] = group.lines.map((line, i) => ({
      type: 'finding',
      severity: 'medium',
      rule: 'unquantified-bullet',
      title: `Finding ${index}.${i}`,
      evidence: line,
      suggestion: `Add the number that proves it. ${'More advice. '.repeat(Math.ceil(padding / 13))}`.trim(),
    }));
    return {
      kind: 'section',
      title: `${group.heading} — 60/100`,
      tone: 'medium',
      blocks,
      section: { index, kind: 'experience', heading: group.heading },
    };
  });
  return { report, document: { messages: [summary, ...sections] } };
}

export function testAnalyzer(options: TestAnalyzerOptions = {}): Analyzer {
  return {
    async analyzeFile(bytes, opts) {
      const text = Buffer.from(bytes).toString('utf8');
      if (text.startsWith('%PDF') || text.includes('\u0000') || text.includes('\uFFFD')) {
        throw new CodedError('corrupt', 'That file looks damaged: I could not read it. Try exporting it again.');
      }
      return analyse(text, options, opts);
    },
    async analyzeText(text, opts) {
      return analyse(text, options, opts);
    },
    delta(previous, next) {
      return {
        kind: 'notice',
        title: `Score ${previous.score} → ${next.score}`,
        tone: 'info',
        blocks: [{ type: 'paragraph', text: 'What changed since last time.' }],
      };
    },
    parseReport(value) {
      const parsed = reportSchema.safeParse(value);
      return parsed.success ? parsed.data : null;
    },
  };
}
