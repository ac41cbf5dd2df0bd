/** Answers about one kind of section of the user's resume: skills, summary, education, projects, contact. */
import type { Block, ReplyMessage } from '../../reply/types.js';
import { roleFor } from './role.js';
import { answer, bullets, findSection, sectionName, type ReportView, type SectionView } from './view.js';

function findingBlocks(section: SectionView, rules?: ReadonlySet<string>): Block[] {
  return section.findings
    .filter((f) => !rules || rules.has(f.rule))
    .map((f) => ({
      type: 'finding',
      severity: f.severity,
      rule: f.rule,
      title: f.message,
      evidence: f.evidence ?? null,
      suggestion: f.suggestion ?? null,
    }));
}

export function skillsAnswer(report: ReportView): ReplyMessage {
  const role = roleFor(report);
  const index = findSection(report, ['skills']);
  const groups = role.skillGroups.map((g) => `${g.label}: ${g.examples.join(', ')}`);
  const blocks: Block[] = [];
  if (index === null) {
    blocks.push({
      type: 'paragraph',
      text: `You have no skills section. Add one near the end, grouped the way a ${role.label} reviewer scans it:`,
    });
    blocks.push({ type: 'list', items: groups });
    return answer('Your skills section', blocks, 'medium');
  }
  const section = report.sections[index]!;
  const found = findingBlocks(section);
  const docLevel = report.findings.filter((f) => f.rule === 'skill-not-evidenced');
  blocks.push({
    type: 'paragraph',
    text:
      found.length === 0
        ? `Your ${sectionName(section)} section reads well. Keep it grouped, and keep every listed skill backed by a bullet that shows it in use.`
        : `Here is what I would change in your ${sectionName(section)} section:`,
  });
  blocks.push(...found);
  for (const f of docLevel.slice(0, 3)) {
    blocks.push({
      type: 'finding',
      severity: f.severity,
      rule: f.rule,
      title: f.message,
      evidence: f.evidence ?? null,
      suggestion: f.suggestion ?? null,
    });
  }
  blocks.push({ type: 'heading', text: `Groups that suit a ${role.label} resume` });
  blocks.push({ type: 'list', items: groups });
  blocks.push({
    type: 'context',
    text: 'List what you would be happy to be interviewed on. Skip levels like "expert" or skill bars: a bullet that uses the skill says more.',
  });
  return answer('Your skills section', blocks, found.length > 0 ? 'medium' : 'ok');
}

export function summaryAnswer(report: ReportView): ReplyMessage {
  const index = findSection(report, ['summary']);
  const strength = report.summary?.strengths?.[0];
  const role = roleFor(report);
  const template = `${role.label} with [N] years building [what: e.g. the systems or products you worked on]; ${strength ? `most proud of: ${strength}` : '[your strongest, measured result]'}.`;
  if (index === null) {
    return answer('A summary at the top', [
      {
        type: 'paragraph',
        text: 'You have no summary. It is optional, but two lines that state your target role and your best result help a reviewer who reads only the top of the page.',
      },
      {
        type: 'rewrite',
        before: '(no summary)',
        after: template,
        note: 'Fill the brackets with your facts; leave out adjectives about yourself.',
      },
    ]);
  }
  const section = report.sections[index]!;
  const blocks: Block[] = [];
  const found = findingBlocks(section);
  blocks.push({
    type: 'paragraph',
    text:
      found.length === 0
        ? `Your ${sectionName(section)} is fine as it stands. Keep it to two or three lines with a concrete result in it.`
        : `Your ${sectionName(section)} needs work: a summary earns its place only with specifics.`,
  });
  blocks.push(...found);
  blocks.push({ type: 'rewrite', before: 'A summary shape that works', after: template });
  return answer('Your summary', blocks, found.length > 0 ? 'medium' : 'ok');
}

export function educationAnswer(report: ReportView): ReplyMessage {
  const index = findSection(report, ['education']);
  const expIndex = findSection(report, ['experience']);
  const years = experienceYears(report);
  const blocks: Block[] = [];
  if (index === null) {
    blocks.push({
      type: 'paragraph',
      text: 'I did not find an education section. Add one (degree or program, school, year), even if short; a bootcamp or relevant certificate counts.',
    });
    return answer('Your education', blocks, 'medium');
  }
  const section = report.sections[index]!;
  const placement =
    expIndex !== null && index < expIndex && years >= 2
      ? `With about ${years} years of experience, move ${sectionName(section)} below your experience: your work is the stronger evidence now.`
      : expIndex !== null && index > expIndex
        ? `${sectionName(section)} sits after your experience, which is the right order once you have worked for a while.`
        : 'Early in a career, education can come first; move it below experience once your work outweighs it.';
  blocks.push({ type: 'paragraph', text: placement });
  blocks.push(...findingBlocks(section));
  blocks.push({
    type: 'context',
    text: 'A GPA is worth listing only while you are a student or recent graduate, and only if it is strong. Relevant coursework helps early on; drop it later.',
  });
  return answer('Your education', blocks);
}

export function projectsAnswer(report: ReportView): ReplyMessage {
  const index = findSection(report, ['projects']);
  if (index === null) {
    return answer('Projects', [
      {
        type: 'paragraph',
        text: `You have no projects section. It is worth one if your experience does not yet show everything a ${roleFor(report).label} needs: pick one or two projects with a real user or a measurable result, and link the code.`,
      },
    ]);
  }
  const section = report.sections[index]!;
  const found = findingBlocks(section);
  const count = (section.entries ?? []).length;
  return answer(
    'Your projects',
    [
      {
        type: 'paragraph',
        text: `${count} project${count === 1 ? '' : 's'} under ${sectionName(section)}. Treat each like a job: what you built, with what, and what it achieved (users, stars, speed, a prize).`,
      },
      ...found,
      ...(bullets(section).length === 0
        ? [{ type: 'context', text: 'Your projects have no bullets: add one to three lines each.' } as Block]
        : []),
    ],
    found.length > 0 ? 'medium' : 'ok',
  );
}

export function contactAnswer(report: ReportView): ReplyMessage {
  const c = report.contact;
  const items = [
    `Name: ${c.name ?? 'not found'}`,
    `Email: ${c.email ?? 'missing'}`,
    `Phone: ${c.phone ?? 'missing'}`,
    `Location: ${c.location ?? 'not given (city and country is enough)'}`,
    `Links: ${(c.links ?? []).map((l) => `${l.kind} ${l.url}`).join(', ') || 'none (a LinkedIn or GitHub link helps)'}`,
  ];
  const findings = [...report.findings, ...(report.sections[0]?.findings ?? [])].filter(
    (f) => f.rule === 'missing-contact' || f.rule === 'personal-details' || f.rule === 'link-text-mismatch',
  );
  return answer(
    'Your contact details',
    [
      { type: 'paragraph', text: 'This is what a reviewer (and an ATS) reads from your header:' },
      { type: 'list', items },
      ...findings.map(
        (f): Block => ({
          type: 'finding',
          severity: f.severity,
          rule: f.rule,
          title: f.message,
          evidence: f.evidence ?? null,
          suggestion: f.suggestion ?? null,
        }),
      ),
      {
        type: 'context',
        text: 'Leave out a street address, date of birth, marital status, photo and ID numbers: they invite bias and help no one.',
      },
    ],
    findings.length > 0 ? 'medium' : 'ok',
  );
}

/** Rough years of experience from the experience entries' date ranges. */
export function experienceYears(report: ReportView, now: Date = new Date()): number {
  const entries = report.sections.filter((s) => s.kind === 'experience').flatMap((s) => s.entries ?? []);
  const starts = entries.map((e) => yearOf(e.start)).filter((y): y is number => y !== null);
  if (starts.length === 0) return 0;
  return Math.max(0, now.getUTCFullYear() - Math.min(...starts));
}

function yearOf(value: string | null | undefined): number | null {
  const m = value?.match(/^(\d{4})/);
  return m ? Number(m[1]) : null;
}
