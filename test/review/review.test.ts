import { describe, it, expect } from 'vitest';
import { extractPastedText } from '../../src/core/extract/index.js';
import { parseResume } from '../../src/core/resume/index.js';
import { deltaMessage } from '../../src/core/reply/index.js';
import { compareReports, reviewResume } from '../../src/core/review/index.js';
import { REWRITE_RULES } from '../../src/core/rules/index.js';
import { reportSchema } from '../../src/core/report/index.js';
import { STRONG_BACKEND_RESUME, WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';

const NOW = new Date('2025-06-01T00:00:00Z');
const parse = (lines: readonly string[]) => parseResume(extractPastedText(lines.join('\n')));
const weak = reviewResume(parse(WEAK_BACKEND_RESUME), { now: NOW });
const strong = reviewResume(parse(STRONG_BACKEND_RESUME), { now: NOW });

describe('reviewResume', () => {
  it('scores the weak resume well below the strong one, both within 0–100', () => {
    expect(weak.report.score).toBeGreaterThanOrEqual(0);
    expect(strong.report.score).toBeLessThanOrEqual(100);
    expect(strong.report.score - weak.report.score).toBeGreaterThanOrEqual(40);
  });

  it('is deterministic', () => {
    const again = reviewResume(parse(WEAK_BACKEND_RESUME), { now: NOW });
    expect(again.report).toEqual(weak.report);
  });

  it('explains the score: deductions plus coverage add up to what was lost', () => {
    const b = weak.report.scoreBreakdown;
    expect(b).toBeDefined();
    if (!b) return;
    const lost = b.deductions.reduce((s, d) => s + d.points, 0) + (b.coverage?.points ?? 0);
    expect(Math.abs(100 - lost - weak.report.score)).toBeLessThanOrEqual(0.5);
    for (const section of weak.report.sections) expect(section.scoreBreakdown?.score).toBe(section.score);
  });

  it('detects backend and reviews against a requested role instead when asked', () => {
    expect(weak.report.role).toMatchObject({ id: 'backend', source: 'detected' });
    const asFrontend = reviewResume(parse(WEAK_BACKEND_RESUME), { role: 'frontend', now: NOW });
    expect(asFrontend.report.role).toMatchObject({ id: 'frontend', source: 'requested', confidence: 1 });
    expect(asFrontend.report.coverage.map((c) => c.id)).toContain('accessibility');
  });

  it('gives three top fixes ranked by the points they cost', () => {
    const fixes = weak.report.summary?.topFixes ?? [];
    expect(fixes).toHaveLength(3);
    const points = fixes.map((f) => Number(/about (\d+) points/.exec(f)?.[1]));
    expect(points).toEqual([...points].sort((a, b) => b - a));
    expect(fixes[0]).toMatch(/dut|result/i);
  });

  it('quotes strengths verbatim from the resume', () => {
    const strengths = strong.report.summary?.strengths ?? [];
    expect(strengths.length).toBeGreaterThanOrEqual(2);
    const text = STRONG_BACKEND_RESUME.join('\n');
    for (const s of strengths) {
      const quote = /"([^"]+)"/.exec(s)?.[1];
      expect(quote, s).toBeDefined();
      expect(text).toContain(quote);
    }
  });

  it('attaches one rewrite per weak bullet to its findings, keeping the evidence verbatim', () => {
    expect(weak.rewrites.length).toBeGreaterThanOrEqual(5);
    const orders = weak.rewrites.find((r) => r.before === 'Responsible for the orders API');
    expect(orders?.after).toBe('Owned the orders API: cut p99 latency from [X] ms to [Y] ms at [N] QPS by [how]');
    const onOrders = weak.findings.filter(
      (f) =>
        f.evidence !== null &&
        f.bulletIndex !== undefined &&
        REWRITE_RULES.has(f.rule) &&
        weak.resume.sections[f.sectionIndex ?? -1]?.entries[f.entryIndex ?? -1]?.bullets[f.bulletIndex] ===
          'Responsible for the orders API',
    );
    expect(onOrders.length).toBeGreaterThanOrEqual(2);
    for (const f of onOrders) expect(f.suggestion).toBe(orders?.after);
    const reported = weak.report.sections
      .flatMap((s) => s.findings)
      .find((f) => f.rewrite?.before === 'Responsible for the orders API');
    expect(reported?.rewrite?.where).toMatch(/dashboard/i);
    expect(reported?.rewrite?.placeholders).toContain('[N]');
  });

  it('keeps the evidence of every finding verbatim from the resume', () => {
    const text = WEAK_BACKEND_RESUME.join('\n');
    for (const f of weak.findings) if (f.evidence) expect(text, f.rule).toContain(f.evidence);
  });

  it('covers every backend pillar on the strong resume and misses performance on the weak one', () => {
    expect(strong.report.coverage.every((c) => c.covered)).toBe(true);
    expect(weak.report.coverage.find((c) => c.id === 'performance')?.covered).toBe(false);
  });

  it('adds a match object only when a job description is given', () => {
    expect(weak.report.match).toBeUndefined();
    const withJd = reviewResume(parse(WEAK_BACKEND_RESUME), {
      jobDescription: 'Requirements:\n- Go\n- k8s\n- GraphQL',
      now: NOW,
    });
    expect(withJd.report.match).toMatchObject({ found: ['Go', 'Kubernetes'], missing: ['GraphQL'], percent: 67 });
    expect(reportSchema.safeParse(withJd.report).success).toBe(true);
  });
});

describe('compareReports and deltaMessage', () => {
  it('finds what the new version fixed, kept and added', () => {
    const fixedLines = WEAK_BACKEND_RESUME.map((l) =>
      l === '• Responsible for the orders API'
        ? '• Cut p99 latency of the orders API from 300 ms to 80 ms at 2k QPS by adding a read cache'
        : l,
    );
    const next = reviewResume(parse(fixedLines), { now: NOW });
    const delta = compareReports(weak.report, next.report);
    expect(delta.scoreChange).toBe(next.report.score - weak.report.score);
    expect(delta.scoreChange).toBeGreaterThan(0);
    expect(delta.fixed.some((f) => f.rule === 'vague-duty' && f.evidence?.includes('Responsible for'))).toBe(true);
    expect(delta.stillOpen.some((f) => f.rule === 'vague-duty' && f.evidence?.includes('Worked on'))).toBe(true);
    expect(delta.fixed.length + delta.stillOpen.length).toBe(
      weak.report.findings.length + weak.report.sections.reduce((n, s) => n + s.findings.length, 0),
    );

    const msg = deltaMessage(delta);
    expect(msg.kind).toBe('answer');
    expect(msg.title).toContain(`${weak.report.score} → ${next.report.score}`);
    expect(msg.tone).toBe('ok');
    expect(JSON.stringify(msg.blocks)).toContain('Fixed');
  });

  it('reports no change between identical reports', () => {
    const delta = compareReports(weak.report, weak.report);
    expect(delta).toMatchObject({ scoreChange: 0, fixed: [], new: [] });
    expect(deltaMessage(delta).blocks.some((b) => b.type === 'paragraph' && /No change/.test(b.text))).toBe(true);
  });

  it('gives a worse version a warning tone', () => {
    const delta = compareReports(strong.report, weak.report);
    expect(delta.scoreChange).toBeLessThan(0);
    expect(delta.new.length).toBeGreaterThan(0);
    expect(deltaMessage(delta).tone).not.toBe('ok');
  });
});
