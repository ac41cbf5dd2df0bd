/** From score A to score B: the review's own deductions, largest first, until they cover the difference. */
import type { Block, ReplyMessage } from '../../reply/types.js';
import { getRule } from '../../rules/index.js';
import { allFindings, answer, type ReportView } from './view.js';

export function scorePathAnswer(report: ReportView, goal: number | null): ReplyMessage {
  const deductions = [...(report.scoreBreakdown?.deductions ?? [])]
    .filter((d) => d.points > 0)
    .sort((a, b) => b.points - a.points);
  const target = goal ?? Math.min(100, report.score + 15);
  const blocks: Block[] = [
    {
      type: 'fields',
      fields: [
        { label: 'Score now', value: `${report.score}/100` },
        { label: 'Goal', value: `${target}/100` },
      ],
    },
  ];
  if (target <= report.score) {
    blocks.push({
      type: 'paragraph',
      text: `You are already at ${report.score}, at or above ${target}. The remaining points are polish; tailoring to each job (/jd) matters more now.`,
    });
    return answer('Your score', blocks, 'ok');
  }
  const gap = target - report.score;
  const picked: typeof deductions = [];
  let sum = 0;
  for (const d of deductions) {
    if (sum >= gap) break;
    picked.push(d);
    sum += d.points;
  }
  if (picked.length === 0) {
    blocks.push({
      type: 'paragraph',
      text: `I have no deductions left to point at; the rest of the score comes from what your resume covers. Ask me "what should I fix first" for the next steps.`,
    });
    return answer(`From ${report.score} to ${target}`, blocks);
  }
  blocks.push({
    type: 'paragraph',
    text: `The score is 100 minus what each pattern costs. Fixing these ${picked.length === 1 ? 'one' : picked.length} would recover about ${Math.round(sum)} points${sum >= gap ? `, enough for ${target}` : `, not quite all ${gap}: the rest comes from what your resume covers`}:`,
  });
  const findings = allFindings(report);
  blocks.push({
    type: 'list',
    ordered: true,
    items: picked.map((d) => {
      const example = findings.find((f) => f.finding.rule === d.rule && f.finding.evidence)?.finding.evidence;
      const what = getRule(d.rule)?.description ?? d.rule;
      return `${what} — ${d.detail}, about +${Math.round(d.points * 10) / 10}${example ? `; e.g. your line "${example}"` : ''}`;
    }),
  });
  blocks.push({
    type: 'context',
    text: 'Points are estimates: send the updated resume and I will show the new score and what changed.',
  });
  return answer(`From ${report.score} to ${target}`, blocks);
}
