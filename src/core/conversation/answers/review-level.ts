/** Answers about the review as a whole: how good it is, what to fix first, length, ATS, findings. */
import type { Block, ReplyMessage } from '../../reply/types.js';
import { getRule } from '../../rules/index.js';
import { experienceYears } from './experience.js';
import { entryLabel } from './outline.js';
import { tenseFixed } from './tense-fix.js';
import { allFindings, answer, bySeverity, sectionName, type FindingView, type ReportView } from './view.js';

function findingBlock(f: FindingView): Extract<Block, { type: 'finding' }> {
  return {
    type: 'finding',
    severity: f.severity,
    rule: f.rule,
    title: f.message,
    evidence: f.evidence ?? null,
    suggestion: f.suggestion ?? null,
  };
}

function verdict(score: number): string {
  if (score >= 85) return 'strong: ready to send once the polish items are done';
  if (score >= 70) return 'solid, with a few fixes that will make a real difference';
  if (score >= 50) return 'not there yet: the fixes below are what stand between you and interviews';
  return 'weak right now, but very fixable: most of the points are lost on a few patterns';
}

export function overallAnswer(report: ReportView): ReplyMessage {
  const blocks: Block[] = [
    {
      type: 'fields',
      fields: [
        { label: 'Score', value: `${report.score}/100` },
        { label: 'Reviewed as', value: report.role.label ?? report.role.id },
      ],
    },
    { type: 'paragraph', text: `Honestly: ${verdict(report.score)}.` },
  ];
  const strengths = report.summary?.strengths ?? [];
  if (strengths.length > 0) {
    blocks.push({ type: 'heading', text: 'What works' });
    blocks.push({ type: 'list', items: strengths.slice(0, 3) });
  }
  const fixes = report.summary?.topFixes ?? [];
  if (fixes.length > 0) {
    blocks.push({ type: 'heading', text: 'What to fix first' });
    blocks.push({ type: 'list', items: fixes.slice(0, 3), ordered: true });
  }
  blocks.push({ type: 'context', text: 'Send the updated file in this thread and I will show you what changed.' });
  return answer('How your resume reads', blocks, report.score >= 70 ? 'ok' : 'medium');
}

/** The checks a priorities answer listed, in order (its cursor keeps them so "what else" pages on). */
export function prioritiesShown(report: ReportView, limit = 3, skip: readonly string[] = []): string[] {
  const ranked = allFindings(report).sort((a, b) => bySeverity(a.finding, b.finding));
  const rules = [...new Set(ranked.map((r) => r.finding.rule))].filter((r) => !skip.includes(r));
  return rules.slice(0, limit);
}

/** `skip`: checks an earlier answer listed ("ok what else" after the top fixes shows the next ones). */
export function prioritiesAnswer(report: ReportView, limit = 3, skip: readonly string[] = []): ReplyMessage {
  const ranked = allFindings(report)
    .sort((a, b) => bySeverity(a.finding, b.finding))
    .filter((r) => !skip.includes(r.finding.rule));
  if (ranked.length === 0) {
    return answer(
      'What to fix first',
      [
        {
          type: 'paragraph',
          text:
            skip.length > 0
              ? 'That was all of them: nothing else to flag. Tailor it to each job next: send a job description with /jd.'
              : 'I have nothing left to flag. Tailor it to each job next: send a job description with /jd.',
        },
      ],
      'ok',
    );
  }
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: skip.length > 0 ? 'Next, in order of how much they cost you:' : 'In order of how much they cost you:',
    },
  ];
  const seenRules = new Set<string>();
  for (const { finding, section } of ranked) {
    if (seenRules.has(finding.rule)) continue;
    seenRules.add(finding.rule);
    const where = section === null ? '' : ` (in ${sectionName(report.sections[section]!)})`;
    blocks.push({ ...findingBlock(finding), title: `${finding.message}${where}` });
    if (seenRules.size >= limit) break;
  }
  const sameRule = ranked.filter((r) => r.finding.rule === ranked[0]!.finding.rule).length;
  if (sameRule > 1)
    blocks.push({
      type: 'context',
      text: `The first one appears ${sameRule} times: fixing the pattern once fixes all of them.`,
    });
  return answer('What to fix first', blocks, ranked[0]!.finding.severity);
}

export function lengthAnswer(report: ReportView, now: Date = new Date()): ReplyMessage {
  const pages = report.file.pages ?? null;
  const years = experienceYears(report, now);
  const target = years >= 10 ? 2 : 1;
  const blocks: Block[] = [];
  const tooLong = report.findings.find((f) => f.rule === 'too-long');
  const size =
    pages === null
      ? `${report.file.words} words`
      : `${pages} page${pages === 1 ? '' : 's'} (${report.file.words} words)`;
  blocks.push({
    type: 'paragraph',
    text: `Yours is ${size}, with about ${years} year${years === 1 ? '' : 's'} of experience. Aim for ${target === 1 ? 'one page' : 'at most two pages'}.`,
  });
  if (tooLong) {
    blocks.push(findingBlock(tooLong));
    blocks.push({
      type: 'list',
      items: [
        'Cut bullets older than ~10 years to one line each, or drop them',
        'Merge bullets that say the same thing; keep 3–6 per role',
        'Remove a skills item that no bullet uses, an objective line, "References available on request"',
      ],
    });
  } else if (pages !== null && pages <= target) {
    blocks.push({ type: 'paragraph', text: 'The length is right. Spend the space on results, not on more lines.' });
  }
  const longBullets = allFindings(report).filter(({ finding }) => finding.rule === 'long-bullet').length;
  if (longBullets > 0)
    blocks.push({
      type: 'context',
      text: `${longBullets} bullet${longBullets === 1 ? ' runs' : 's run'} past ~35 words: split or tighten ${longBullets === 1 ? 'it' : 'them'}.`,
    });
  return answer('Length', blocks, tooLong ? tooLong.severity : 'ok');
}

export function atsAnswer(report: ReportView): ReplyMessage {
  const odd = report.sections.filter((s) => s.kind === 'other' && s.heading).map((s) => s.heading!);
  const items = [
    report.file.format === 'pdf'
      ? 'A PDF with a real text layer: fine for most systems (I could read it).'
      : `A ${report.file.format.toUpperCase()} file: fine; most systems read it.`,
    `I found ${report.sections.length} sections and ${report.contact.email ? 'your email' : 'no email'}${report.contact.phone ? ' and phone' : ''} in the header: a parser sees roughly what I see.`,
    'One column, standard headings (Experience, Education, Skills), no text inside images, tables or text boxes.',
    'Dates in one format on each entry, e.g. "Jan 2021 – Present".',
  ];
  if (odd.length > 0)
    items.push(
      `Headings I could not map to a standard section: ${odd.join(', ')}. A parser may not either; consider a standard name.`,
    );
  return answer('ATS and formatting', [
    { type: 'paragraph', text: 'What applicant tracking systems need, and how your file does:' },
    { type: 'list', items },
    {
      type: 'context',
      text: 'Fancy templates mostly hurt through layout: two columns and icons can scramble the reading order. Keywords matter more than fonts: tailor to each posting with /jd.',
    },
  ]);
}

/** Where a finding sits: its entry ("Healthcare Assistant, St James's Hospital") or its section. */
function findingPlace(report: ReportView, f: FindingView, section: number | null): string | null {
  if (section === null) return null;
  const s = report.sections[section]!;
  const entry = f.entryIndex === undefined ? undefined : s.entries?.[f.entryIndex];
  return entry ? `${entryLabel(entry)}, in ${sectionName(s)}` : `in ${sectionName(s)}`;
}

export function findingAnswer(
  report: ReportView,
  rule: string | null,
  focus: number | null,
  within?: { section: number; entry: number },
): ReplyMessage {
  // Within one entry ("the fynbos bullets are present tense"): only its findings, when it has some of this rule.
  const all = allFindings(report);
  const inEntry = within
    ? all.filter((x) => x.section === within.section && x.finding.entryIndex === within.entry)
    : [];
  const everything = inEntry.some((x) => x.finding.rule === rule) ? inEntry : all;
  const ruleId =
    rule ??
    (focus !== null
      ? (report.sections[focus]?.findings[0]?.rule ?? null)
      : (everything.sort((a, b) => bySeverity(a.finding, b.finding))[0]?.finding.rule ?? null));
  if (!ruleId) {
    return answer(
      'Findings',
      [{ type: 'paragraph', text: 'This review has no findings to explain. Ask me about any section instead.' }],
      'ok',
    );
  }
  const meta = getRule(ruleId);
  const mine = everything.filter(({ finding }) => finding.rule === ruleId);
  const blocks: Block[] = [
    { type: 'paragraph', text: `${ruleId}: ${meta?.description ?? 'a check I run on every resume.'}` },
  ];
  if (meta?.why) blocks.push({ type: 'paragraph', text: `Why it matters: ${meta.why}` });
  if (mine.length === 0) {
    blocks.push({ type: 'context', text: 'Your resume does not trigger this one.' });
  } else {
    blocks.push({ type: 'paragraph', text: `Where it applies to you (${mine.length}):` });
    for (const { finding, section } of mine.slice(0, 4)) {
      const where = findingPlace(report, finding, section);
      blocks.push({ ...findingBlock(finding), title: where ? `${finding.message} (${where})` : finding.message });
      const fixed = tenseFixed(finding);
      if (fixed) blocks.push({ type: 'rewrite', before: finding.evidence!, after: fixed });
    }
    if (mine.length > 4) blocks.push({ type: 'context', text: `${mine.length - 4} more like these.` });
  }
  return answer(`What "${ruleId}" means`, blocks, mine[0]?.finding.severity ?? 'info');
}
