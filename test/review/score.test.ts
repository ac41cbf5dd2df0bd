import { describe, it, expect } from 'vitest';
import type { Finding } from '../../src/core/rules/types.js';
import {
  BULLET_WEIGHT,
  COVERAGE_WEIGHT,
  FINDING_POINTS,
  RULE_CAP,
  SECTION_FACTOR,
  bulletCount,
  scoreOverall,
  scoreSection,
} from '../../src/core/review/score.js';
import { backendResume } from './helpers.js';

const BULLETS = ['Built A', 'Built B', 'Built C', 'Built D'];
const r = backendResume(BULLETS);
const EXP = 1; // experience is section 1 in backendResume

function bulletFinding(rule: string, bulletIndex: number, severity: Finding['severity'] = 'medium'): Finding {
  return {
    rule,
    severity,
    message: 'm',
    evidence: BULLETS[bulletIndex] ?? null,
    suggestion: null,
    sectionIndex: EXP,
    entryIndex: 0,
    bulletIndex,
  };
}
function docFinding(
  rule: string,
  severity: Finding['severity'] = 'medium',
  sectionIndex: number | null = null,
): Finding {
  return { rule, severity, message: 'm', evidence: null, suggestion: null, sectionIndex };
}
const full = { covered: 4, total: 4 };

describe('scoreOverall', () => {
  it('is 100 with no findings and full coverage', () => {
    expect(scoreOverall(r, [], full)).toMatchObject({ score: 100, deductions: [], coverage: { points: 0 } });
  });

  it('charges bullet rules by the share of bullets they hit', () => {
    expect(bulletCount(r)).toBe(4);
    const one = scoreOverall(r, [bulletFinding('unquantified-bullet', 0)], full);
    const all = scoreOverall(
      r,
      BULLETS.map((_b, i) => bulletFinding('unquantified-bullet', i)),
      full,
    );
    expect(one.deductions[0]).toMatchObject({
      rule: 'unquantified-bullet',
      points: BULLET_WEIGHT.medium / 4,
      detail: '1 of 4 bullets',
    });
    expect(all.deductions[0]?.points).toBe(BULLET_WEIGHT.medium);
    expect(all.score).toBe(100 - BULLET_WEIGHT.medium);
  });

  it('counts a bullet once per rule even with two findings on it', () => {
    const s = scoreOverall(r, [bulletFinding('filler-word', 0, 'low'), bulletFinding('filler-word', 0, 'low')], full);
    expect(s.deductions[0]?.points).toBe(Math.round((BULLET_WEIGHT.low / 4) * 10) / 10);
    expect(s.deductions[0]?.detail).toBe('1 of 4 bullets');
  });

  it('caps a rule with many document findings', () => {
    const many = Array.from({ length: 10 }, () => docFinding('vague-claim', 'medium', 0));
    const s = scoreOverall(r, many, full);
    expect(s.deductions[0]).toMatchObject({ points: RULE_CAP.medium, capped: true, count: 10 });
    const two = scoreOverall(r, many.slice(0, 2), full);
    expect(two.deductions[0]).toMatchObject({ points: 2 * FINDING_POINTS.medium, capped: false });
  });

  it('charges missing pillars through coverage, not per finding', () => {
    const s = scoreOverall(r, [docFinding('missing-pillar', 'high'), docFinding('missing-pillar', 'high')], {
      covered: 2,
      total: 4,
    });
    expect(s.deductions).toEqual([]);
    expect(s.coverage).toEqual({ covered: 2, total: 4, points: COVERAGE_WEIGHT / 2 });
    expect(s.score).toBe(100 - COVERAGE_WEIGHT / 2);
  });

  it('never goes below 0 and sorts deductions by cost', () => {
    const findings = [
      ...BULLETS.map((_b, i) => bulletFinding('vague-duty', i, 'high')),
      ...BULLETS.map((_b, i) => bulletFinding('weak-opening', i, 'medium')),
      ...BULLETS.map((_b, i) => bulletFinding('unquantified-bullet', i, 'medium')),
      ...Array.from({ length: 5 }, () => docFinding('vague-claim', 'high', 0)),
      docFinding('missing-section', 'high'),
      docFinding('too-long', 'high'),
      docFinding('missing-contact', 'high'),
      docFinding('personal-details', 'high'),
      docFinding('skills-ungrouped', 'high'),
    ];
    const s = scoreOverall(r, findings, { covered: 0, total: 4 });
    expect(s.score).toBe(0);
    const points = s.deductions.map((d) => d.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
  });

  it('is deterministic: the same findings in another order give the same breakdown', () => {
    const findings = [
      bulletFinding('vague-duty', 1, 'high'),
      docFinding('too-long', 'low'),
      bulletFinding('passive-voice', 2, 'low'),
    ];
    expect(scoreOverall(r, findings, full)).toEqual(scoreOverall(r, [...findings].reverse(), full));
  });
});

describe('scoreSection', () => {
  it('weighs a problem more inside its section and ignores other sections', () => {
    const findings = [bulletFinding('unquantified-bullet', 0), docFinding('skills-ungrouped', 'medium', 3)];
    const exp = scoreSection(r, EXP, findings);
    expect(exp.deductions).toHaveLength(1);
    expect(exp.deductions[0]?.points).toBe((BULLET_WEIGHT.medium * SECTION_FACTOR) / 4);
    expect(exp.coverage).toBeNull();
    expect(scoreSection(r, 3, findings).score).toBe(100 - FINDING_POINTS.medium * SECTION_FACTOR);
    expect(scoreSection(r, 2, findings).score).toBe(100);
  });
});

describe('the worked example in docs/scoring.md', () => {
  it('comes to 58', () => {
    const six = backendResume(['a', 'b', 'c', 'd', 'e', 'f']);
    const findings: Finding[] = [
      ...[0, 1, 2, 3, 4].map((i) => ({ ...bulletFinding('vague-duty', i, 'high'), evidence: null })),
      ...[0, 1, 2, 3, 4, 5].map((i) => ({ ...bulletFinding('unquantified-bullet', i, 'medium'), evidence: null })),
      ...Array.from({ length: 4 }, () => docFinding('vague-claim', 'medium', 0)),
      docFinding('missing-pillar', 'high'),
    ];
    const s = scoreOverall(six, findings, { covered: 3, total: 4 });
    expect(s.deductions.map((d) => [d.rule, d.points])).toEqual([
      ['vague-duty', 16.7],
      ['unquantified-bullet', 12],
      ['vague-claim', 8],
    ]);
    expect(s.coverage?.points).toBe(5);
    expect(s.score).toBe(58);
  });
});
