/** Answers about one kind of section: skills, summary, education, projects, contact — quoting the user's lines. */
import { sentences } from '../../text/words.js';
import type { Block, ReplyMessage } from '../../reply/types.js';
import { experienceYears } from './experience.js';
import { sectionLines } from './outline.js';
import { rewriteOf } from './rewrites.js';
import { skillEvidence } from './skill-evidence.js';
import { roleFor } from './role.js';
import { answer, bullets, findingBlock, findSection, sectionName, type ReportView, type SectionView } from './view.js';

function findingBlocks(section: SectionView, rules?: ReadonlySet<string>): Block[] {
  return section.findings.filter((f) => !rules || rules.has(f.rule)).map(findingBlock);
}

function quoteLines(section: SectionView, max = 4): Block[] {
  return sectionLines(section)
    .slice(0, max)
    .map((text): Block => ({ type: 'quote', text }));
}

/** One sentence first: is the skills section solid, and why (groups, skills no line uses). */
function skillsVerdict(report: ReportView, index: number): string {
  const section = report.sections[index]!;
  const lines = sectionLines(section);
  const groups = lines.map((l) => l.match(/^([^:]{2,30}):/)?.[1]?.trim()).filter((g): g is string => !!g);
  const flat = section.findings.some((f) => f.rule === 'skills-ungrouped');
  const unused = [...report.findings, ...section.findings].filter((f) => f.rule === 'skill-not-evidenced').length;
  if (flat) return 'Weak spot: it is one flat list with no groups, which is hard to scan. Group it as below.';
  const grouped = groups.length > 0 ? `grouped into ${groups.length} (${groups.join(', ')})` : 'short and readable';
  if (unused === 0) return `Solid: ${grouped}, and every skill shows up in your lines.`;
  return `Mostly solid: ${grouped}, but ${unused} of the skills listed show up in no line outside the skills list.`;
}

export function skillsAnswer(report: ReportView): ReplyMessage {
  const role = roleFor(report);
  const index = findSection(report, ['skills']);
  const groups = role.skillGroups.map((g) => `${g.label}: ${g.examples.join(', ')}`);
  const blocks: Block[] = [];
  if (index === null) {
    blocks.push({
      type: 'paragraph',
      text: 'You have no skills section. Add one near the end, grouped by kind (tools, methods, languages), listing only what you would be happy to be interviewed on.',
    });
    if (role.id !== 'general') blocks.push({ type: 'list', items: groups });
    return answer('Your skills section', blocks, 'medium');
  }
  const section = report.sections[index]!;
  const found = findingBlocks(section);
  const docLevel = report.findings.filter((f) => f.rule === 'skill-not-evidenced');
  blocks.push({ type: 'paragraph', text: skillsVerdict(report, index) });
  blocks.push({ type: 'paragraph', text: `Your ${sectionName(section)} section as I read it:` });
  blocks.push(...quoteLines(section));
  blocks.push({
    type: 'paragraph',
    text:
      found.length === 0 && docLevel.length === 0
        ? 'It reads well. Keep it grouped, and keep every listed skill backed by a bullet that shows it in use.'
        : 'What I would change:',
  });
  blocks.push(...found.slice(0, 4), ...docLevel.slice(0, 3).map(findingBlock));
  // Evidence counts wherever it is (a project, a teaching line, the summary): say where, in the user's words.
  const shown = skillEvidence(report).slice(0, 4);
  if (shown.length > 0) {
    blocks.push({ type: 'paragraph', text: 'Listed skills your other lines already show in use:' });
    blocks.push({ type: 'list', items: shown.map((e) => `${e.skill}: in ${e.where}, "${e.line}"`) });
  }
  if (role.id !== 'general') {
    blocks.push({ type: 'heading', text: `Groups that suit a ${role.label} resume` });
    blocks.push({ type: 'list', items: groups });
  } else {
    blocks.push({
      type: 'context',
      text: 'Group them with a short label per line (e.g. "Clinical: …", "Tools: …"), most relevant to the job first.',
    });
  }
  blocks.push({
    type: 'context',
    text: 'Skip levels like "expert" or skill bars: a bullet that uses the skill says more.',
  });
  return answer('Your skills section', blocks, found.length > 0 ? 'medium' : 'ok');
}

export function summaryAnswer(report: ReportView): ReplyMessage {
  const index = findSection(report, ['summary']);
  const role = roleFor(report);
  const strength = report.summary?.strengths?.[0];
  const opener = role.id === 'general' ? '[Your target role]' : role.label;
  const template = `${opener} with [N] years of [what you do]; [your strongest result, with its number].`;
  if (index === null) {
    return answer('A summary at the top', [
      {
        type: 'paragraph',
        text: 'You have no summary. It is optional, but two lines that state your target role and your best result help a reviewer who reads only the top of the page.',
      },
      { type: 'paragraph', text: `A shape that works: ${template}` },
      ...(strength
        ? [{ type: 'context', text: `From your review, a strength to build on: ${strength}` } as Block]
        : []),
    ]);
  }
  const section = report.sections[index]!;
  const lines = sectionLines(section);
  const found = findingBlocks(section);
  const blocks: Block[] = [{ type: 'paragraph', text: `Your ${sectionName(section)} now:` }, ...quoteLines(section)];
  blocks.push({
    type: 'paragraph',
    text:
      found.length === 0
        ? `Your ${sectionName(section)} is fine as it stands. Keep it to two or three lines with a concrete result in it.`
        : `It needs work: a summary earns its place only with specifics, and self-praise without evidence reads as filler.`,
  });
  blocks.push(...found.slice(0, 4));
  const weakest = lines.find((l) => section.findings.some((f) => f.evidence && l.includes(f.evidence))) ?? lines.at(-1);
  // Their own opening sentence, when it already names the role and the years, stays: the fix is what follows.
  const opening = weakest ? sentences(weakest)[0] : undefined;
  const keepsOpening =
    opening !== undefined &&
    /\b\d+\+?\s*(?:years?|yrs)\b/i.test(opening) &&
    !/^(?:i|i'm|im|my)\b/i.test(opening) &&
    !section.findings.some((f) => f.evidence && opening.includes(f.evidence));
  const fixed = keepsOpening
    ? `${opening.replace(/[.;\s]+$/u, '')}; [your strongest result, with its number].`
    : template;
  if (weakest)
    blocks.push({
      type: 'rewrite',
      before: weakest,
      after: found.length > 0 ? fixed : rewriteOf(report, weakest, section.findings),
      note: 'Fill the brackets with your facts; leave out adjectives about yourself.',
    });
  else blocks.push({ type: 'paragraph', text: `A shape that works: ${template}` });
  return answer('Your summary', blocks, found.length > 0 ? 'medium' : 'ok');
}

export function educationAnswer(report: ReportView, now: Date = new Date()): ReplyMessage {
  const index = findSection(report, ['education']);
  const expIndex = findSection(report, ['experience']);
  const years = experienceYears(report, now);
  if (index === null) {
    return answer(
      'Your education',
      [
        {
          type: 'paragraph',
          text: 'I did not find an education section. Add one (degree or program, school, year), even if short; a bootcamp or relevant certificate counts.',
        },
      ],
      'medium',
    );
  }
  const section = report.sections[index]!;
  const blocks: Block[] = [{ type: 'paragraph', text: `Your ${sectionName(section)} section:` }];
  const lines = section.lines && section.lines.length > 0 ? section.lines : sectionLines(section);
  for (const l of lines.slice(0, 4)) blocks.push({ type: 'quote', text: l });
  const placement =
    expIndex !== null && index < expIndex && years >= 2
      ? `With about ${years} years of work, move ${sectionName(section)} below your experience: your work is the stronger evidence now.`
      : expIndex !== null && index > expIndex
        ? `${sectionName(section)} sits after your experience, which is the right order once you have worked for a while.`
        : 'Early in a career, education can come first; move it below experience once your work outweighs it.';
  blocks.push({ type: 'paragraph', text: placement });
  blocks.push(...findingBlocks(section));
  const gpa = lines.find((l) => /\bgpa\b/i.test(l));
  blocks.push({
    type: 'context',
    text: gpa
      ? 'Your GPA: list it while you are a student or recent graduate and only if it is strong (3.5+ is a common bar); drop it after your first job. Relevant coursework helps early on; keep it to the 3–5 courses closest to the job.'
      : 'A GPA is worth listing only while you are a student or recent graduate, and only if it is strong. Relevant coursework helps early on; drop it later.',
  });
  return answer('Your education', blocks);
}

export function projectsAnswer(report: ReportView): ReplyMessage {
  const index = findSection(report, ['projects']);
  if (index === null) {
    return answer('Projects', [
      {
        type: 'paragraph',
        text: 'You have no projects section. It is worth one if your experience does not yet show everything the job needs: pick one or two projects with a real user or a measurable result, and link them.',
      },
    ]);
  }
  const section = report.sections[index]!;
  const found = findingBlocks(section);
  const count = (section.entries ?? []).length;
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: `${count} project${count === 1 ? '' : 's'} under ${sectionName(section)}. Treat each like a job: what you built, with what, and what it achieved (users, speed, a prize).`,
    },
  ];
  for (const e of section.entries ?? []) {
    for (const b of (e.bullets ?? []).slice(0, 2)) blocks.push({ type: 'quote', text: b });
  }
  blocks.push(...found.slice(0, 4));
  if (bullets(section).length === 0)
    blocks.push({ type: 'context', text: 'Your projects have no bullets: add one to three lines each.' });
  return answer('Your projects', blocks, found.length > 0 ? 'medium' : 'ok');
}

export function contactAnswer(report: ReportView): ReplyMessage {
  const c = report.contact;
  const items = [
    `Name: ${c.name ?? 'not found'}`,
    `Email: ${c.email ?? 'missing'}`,
    `Phone: ${c.phone ?? 'missing'}`,
    `Location: ${c.location ?? 'not given (city and country is enough)'}`,
    `Links: ${(c.links ?? []).map((l) => `${l.kind} ${l.url}`).join(', ') || 'none (a LinkedIn or portfolio link helps)'}`,
  ];
  const findings = [...report.findings, ...(report.sections[0]?.findings ?? [])].filter(
    (f) => f.rule === 'missing-contact' || f.rule === 'personal-details' || f.rule === 'link-text-mismatch',
  );
  return answer(
    'Your contact details',
    [
      { type: 'paragraph', text: 'This is what a reviewer (and an ATS) reads from your header:' },
      { type: 'list', items },
      ...findings.map(findingBlock),
      {
        type: 'context',
        text: 'Leave out a street address, date of birth, marital status, photo and ID numbers: they invite bias and help no one.',
      },
    ],
    findings.length > 0 ? 'medium' : 'ok',
  );
}
