/**
 * Answers to everyday questions about the resume as a whole: showing leadership / teamwork / ownership,
 * a career change, employment gaps, section order, certifications and exams, interests, headings.
 * Each one quotes the user's own lines that bear on it.
 */
import type { Block, ReplyMessage } from '../../reply/types.js';
import { CERT_NAMES } from './cert-names.js';
import { employmentGaps, experienceYears, monthName, studyDuring } from './experience.js';
import { BULLET_MARKED, entryLabel, sectionLines, workLines } from './outline.js';
import { hasNumber } from './rewrites.js';
import { rankForTarget } from './role-answers.js';
import { listsLanguages } from './languages.js';
import { answer, type ReportView, sectionName } from './view.js';
import { withArticle } from './words.js';

const QUALITY_WORDS: Record<'leadership' | 'teamwork' | 'ownership', RegExp> = {
  leadership:
    /\b(led|lead|leads|leading|managed|manage|supervised|supervise|supervises|supervising|supervisor|mentored|mentor|mentors|mentoring|precepted|preceptor|coached|coach|coaches|coaching|trained|train|trains|training officer|training (?:of )?(?:\d+|new|junior)|trainer|directed|headed|chaired|oversaw|in charge|responsible for \d+ (?:staff|people|nurses|students|volunteers|engineers|reports|\w+ staff)|organized|organised|created|launched|founded|started|introduced|ran|owned|hired)\b/i,
  teamwork:
    /\b(team|teams|with|collaborated|partnered|cross-functional|together|council|committee|member|coordinated|helped|assisted|supported|worked with|engineers|designers|stakeholders)\b/i,
  ownership:
    /\b(owned|own|responsible|designed|built|launched|drove|led|created|shipped|introduced|automated|redesigned|rewrote|migrated|grew|ran)\b/i,
};

/** How one line of theirs shows a quality ("<line> how do i make this show leadership"). */
export function qualityNote(quality: 'leadership' | 'teamwork' | 'ownership'): string {
  return `To show ${quality}, open with what you did in that capacity and name the people or the scale and what changed, in this shape: ${SHAPES[quality]}.`;
}

/** Words that hint at a quality but prove little on their own. */
const WEAK_QUALITY = new Set(['with', 'helped', 'assisted', 'supported', 'member', 'responsible', 'own']);

const SHAPES: Record<'leadership' | 'teamwork' | 'ownership', string> = {
  leadership: '[Led/Trained/Mentored] [N people or a group] to [what changed], [result: a number]',
  teamwork: 'With [which team or roles], [what you did together], [result: a number]',
  ownership: 'Owned [what] end to end: [what you decided or built], [result: a number]',
};

export function showQualityAnswer(report: ReportView, quality: 'leadership' | 'teamwork' | 'ownership'): ReplyMessage {
  const score = (text: string) =>
    (text.match(new RegExp(QUALITY_WORDS[quality].source, 'gi')) ?? []).filter(
      (w) => !WEAK_QUALITY.has(w.toLowerCase()),
    ).length *
      2 +
    (QUALITY_WORDS[quality].test(text) ? 1 : 0) +
    (hasNumber(text) ? 0.5 : 0);
  const lines = workLines(report)
    .map((text) => ({ text }))
    .filter((b) => QUALITY_WORDS[quality].test(b.text))
    .sort((a, b) => score(b.text) - score(a.text));
  const blocks: Block[] = [];
  const noun = quality === 'teamwork' ? 'teamwork' : quality;
  // Without people to lead, leadership shows as ownership: what you decided, designed or ran yourself.
  const owned =
    quality === 'leadership' && lines.length === 0
      ? workLines(report)
          .map((text) => ({ text }))
          .filter((b) => /^\s*(own|owned|design|designed|built|build|ran|run|drove|launched|created)\b/i.test(b.text))
      : [];
  if (owned.length > 0) {
    blocks.push({
      type: 'paragraph',
      text: 'No line of yours shows leading people yet, and you do not need the title: without a team, leadership shows as ownership, meaning what you decided, designed or ran yourself. These lines of yours already point that way:',
    });
    for (const b of owned.slice(0, 3)) blocks.push({ type: 'quote', text: b.text });
    blocks.push({
      type: 'paragraph',
      text: 'Make the ownership explicit (who relied on it, what you decided) and add any time you trained, reviewed or unblocked someone.',
    });
  } else if (lines.length > 0) {
    blocks.push({
      type: 'paragraph',
      text: `You don't need the title to show ${noun}: say what you did and what changed because of it. These lines of yours already point that way:`,
    });
    for (const b of lines.slice(0, 3)) blocks.push({ type: 'quote', text: b.text });
    blocks.push({
      type: 'paragraph',
      text: `Lead the strongest one with the ${noun} verb and end it with the result (how many people, what improved, by how much).`,
    });
  } else {
    blocks.push({
      type: 'paragraph',
      text: `No line in your resume shows ${noun} yet. If you have done it (training someone, running a project, fixing a process), add it as a bullet.`,
    });
  }
  blocks.push({ type: 'paragraph', text: `A shape that works: ${SHAPES[quality]}` });
  blocks.push({ type: 'context', text: 'Only claim what you did; [brackets] are for your own facts.' });
  return answer(`Showing ${noun}`, blocks);
}

export function careerChangeAnswer(report: ReportView, target: string | null): ReplyMessage {
  const projects = report.sections.findIndex((s) => s.kind === 'projects');
  const experience = report.sections.findIndex((s) => s.kind === 'experience');
  const goal = target ? `${withArticle(target)} role` : 'the new field';
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: `For a career change toward ${goal}, lead with what transfers: results, people, money, processes and tools. Your lines that already do:`,
    },
  ];
  const picks = target
    ? rankForTarget(report, target).slice(0, 3)
    : workLines(report)
        .filter((text) => hasNumber(text))
        .slice(0, 3)
        .map((text) => ({ text }));
  for (const b of picks) blocks.push({ type: 'quote', text: b.text });
  blocks.push({
    type: 'list',
    items: [
      `Say the change in your summary's first line: "[Your past role] moving into ${target ?? '[new role]'}, with [the transferable strength]".`,
      "Rewrite old bullets in the new field's words where they are true (customers → users, process → workflow), keeping the numbers.",
      projects >= 0 && experience >= 0 && projects > experience
        ? 'Move your projects above your experience: they are the evidence for the new field.'
        : 'Put the evidence for the new field (projects, courses, certificates) near the top.',
      'Keep the old jobs, shorter: they show reliability and the results they carry.',
    ],
  });
  return answer('Framing a career change', blocks);
}

/** A line that explains time away from work (with its dates; not a bullet about relocating a warehouse). */
const BREAK_LINE =
  /\b(career break|year out|time out|caring for|travell?(ed|ing)|sabbatical|caregiv\w*|carer|parental leave|maternity|paternity|gap year|time off|relocat\w*|family leave|health leave)\b/i;

export function gapAnswer(report: ReportView, now: Date = new Date()): ReplyMessage {
  const gaps = employmentGaps(report, now);
  const blocks: Block[] = [];
  // A line of theirs that already names the break ("2021 - 2022: travelled through South America").
  const named = report.sections
    .flatMap((sec) => [...(sec.lines ?? []), ...(sec.items ?? [])])
    .filter((l) => BREAK_LINE.test(l) && /\b(19|20)\d{2}\b/.test(l) && !BULLET_MARKED.test(l));
  if (named.length > 0) {
    blocks.push({
      type: 'paragraph',
      text: 'Your resume already names a break, which is the right instinct: keep it to one line with its dates, where it falls in your work history.',
    });
    for (const l of [...new Set(named)].slice(0, 2)) blocks.push({ type: 'quote', text: l });
  }
  if (gaps.length === 0 && named.length === 0) {
    blocks.push({
      type: 'paragraph',
      text: 'I see no gap of six months or more between the dates on your resume. If there is one the dates hide, the advice below still applies.',
    });
  } else if (gaps.length > 0) {
    blocks.push({ type: 'paragraph', text: 'From your dates, the gaps a reviewer will notice:' });
    blocks.push({
      type: 'list',
      items: gaps.map((g) =>
        g.after
          ? `${monthName(g.from - 1)} – ${monthName(g.to)}: between ${entryLabel(g.before)} and ${entryLabel(g.after)} (${Math.round(((g.to - g.from) / 12) * 10) / 10} years)`
          : `Since ${monthName(g.from - 1)}, when ${entryLabel(g.before)} ended`,
      ),
    });
    const study = [...new Set(gaps.flatMap((g) => studyDuring(report, g, now)))];
    if (study.length > 0) {
      blocks.push({
        type: 'paragraph',
        text: 'Your education covers that time, so it reads as study, not a gap: keep its dates on the line, and say in one line of your summary that you studied full time if a reviewer might wonder.',
      });
      for (const e of study.slice(0, 2)) blocks.push({ type: 'quote', text: entryLabel(e) });
    }
  }
  blocks.push({
    type: 'list',
    items: [
      'Name it in one line rather than hide it, e.g. "Career break: [caregiving / study / relocation / health], [dates]".',
      'If you learned or built something then (a course, a certificate, a project, volunteering), list it with its dates: it fills the gap with evidence.',
      'Keep the explanation short and neutral; the interview is the place for more.',
    ],
  });
  return answer('Employment gaps', blocks);
}

function level(report: ReportView, now: Date): 'student' | 'early' | 'experienced' {
  const years = experienceYears(report, now);
  const education = report.sections.find((s) => s.kind === 'education');
  const expected = (education?.entries ?? []).some((e) => {
    const y = Number((e.end ?? '').slice(0, 4));
    return y >= now.getUTCFullYear() - 1;
  });
  if (expected || years < 1) return 'student';
  return years < 3 ? 'early' : 'experienced';
}

export function orderAnswer(report: ReportView, now: Date = new Date()): ReplyMessage {
  const order = report.sections.filter((s) => s.kind !== 'contact').map(sectionName);
  const stage = level(report, now);
  const hasProjects = report.sections.some((s) => s.kind === 'projects');
  const hasCerts = report.sections.some((s) => s.kind === 'certifications');
  const advice =
    stage === 'student'
      ? 'You are early on: education first is right, then experience, then projects (projects above experience if they are closer to the job you want).'
      : stage === 'early'
        ? 'With a year or two of work, lead with experience; keep education right after it. Put projects above experience only if they show the target job better than your jobs do.'
        : 'With several years of work, experience comes first; education goes near the end (degree, school, year).';
  const blocks: Block[] = [
    { type: 'paragraph', text: `Your order now: ${order.join(' → ')}.` },
    { type: 'paragraph', text: advice },
  ];
  if (hasCerts)
    blocks.push({
      type: 'paragraph',
      text: 'Certifications and licences the job requires (a nursing licence, a CPA, actuarial exams) go high: right after the summary or before education. Optional ones can sit at the end.',
    });
  if (hasProjects && stage !== 'experienced')
    blocks.push({
      type: 'context',
      text: 'Changing fields? Then projects (or a bootcamp) before experience is the right call.',
    });
  blocks.push({ type: 'context', text: 'The summary (if any) always stays at the top, under your contact details.' });
  return answer('Section order', blocks);
}

/** Credentials in every section: certificates, licences, exams, registrations, UK "Level N" qualifications, safety tickets. */
const CERT_WORDS =
  /\b(certif\w*|licen[cs]e\w*|exams?|passed|registered|registration|level \d|first aid|cpr|food (safety|hygiene)|(black|gold|blue|green) card|tickets?|accredit\w*|chartered)\b/i;
export const isCertLine = (line: string) => CERT_WORDS.test(line) || CERT_NAMES.test(line);

export function certificationsAnswer(report: ReportView): ReplyMessage {
  const section = report.sections.find((s) => s.kind === 'certifications');
  // One credential a line, as written: the list reader may join a short line onto the one before it
  // ("…, Arizona DHS certified" + "ACLS, PALS, PHTLS").
  const found = section
    ? (section.lines ?? []).length > 0
      ? section.lines!
      : sectionLines(section)
    : report.sections.flatMap((s) => [
        ...(s.items ?? []).filter(isCertLine),
        ...(s.entries ?? []).map((e) => e.title ?? '').filter(isCertLine),
        ...(s.lines ?? []).filter(isCertLine),
      ]);
  // An entry title cut from a line ("AAT … — passed" of "AAT … — passed 2020") is that line once.
  const lines = found.filter((l) => !found.some((other) => other !== l && other.startsWith(l)));
  const blocks: Block[] = [];
  if (lines.length > 0) {
    blocks.push({
      type: 'paragraph',
      text: section
        ? `Your ${sectionName(section)} section:`
        : 'Your certifications and exams, as I found them (they have no section of their own yet):',
    });
    for (const l of [...new Set(lines)].slice(0, 5)) blocks.push({ type: 'quote', text: l });
  } else {
    blocks.push({ type: 'paragraph', text: 'I found no certifications, licences or exams in your resume.' });
  }
  blocks.push({
    type: 'list',
    items: [
      'Give them their own section ("Certifications", or "Licenses & Certifications"), high on the page when the job requires them; at the end when they are extras.',
      'One line each: the full name and its short form, who issued it, and the year, e.g. "Progressive Care Certified Nurse (PCCN), AACN, 2022".',
      'Exams in progress count: "[Exam], passed [year]" or "[Exam], sitting [month year]".',
      'Licence numbers are optional: employers verify them; the state and status are enough.',
      'Make one stand out by using it in a bullet or your summary where it mattered.',
    ],
  });
  return answer('Certifications and exams', blocks);
}

const INTERESTS_LINE = /^\W*(hobbies|interests|hobbies (and|&) interests|pastimes|outside work)\b\s*[:\-–—]/i;

export function interestsAnswer(report: ReportView): ReplyMessage {
  const section = report.sections.find((s) => s.kind === 'interests');
  // A "Hobbies: …" line inside another section ("Other", "Additional information") is the same thing.
  const inline = section
    ? []
    : report.sections
        .flatMap((s) => [...new Set([...(s.lines ?? []), ...(s.items ?? [])])])
        .filter((l) => INTERESTS_LINE.test(l));
  const blocks: Block[] = [];
  if (section || inline.length > 0) {
    const home = section ?? report.sections.find((s) => (s.lines ?? []).includes(inline[0]!));
    blocks.push({
      type: 'paragraph',
      text: section
        ? `Your ${sectionName(section)}:`
        : `Your interests line${home ? ` (under ${sectionName(home)})` : ''}:`,
    });
    for (const l of (section ? sectionLines(section) : inline).slice(0, 3)) blocks.push({ type: 'quote', text: l });
    blocks.push({
      type: 'paragraph',
      text: 'Keep it to one line at the very end, and keep it only while you have the space. Interests that show something the job values (endurance, teaching, open source, community work) earn their place; drop the section first when the page is full.',
    });
  } else {
    blocks.push({
      type: 'paragraph',
      text: 'You have no interests section, and you do not need one. Add a single line at the end only if an interest shows something the job values or gives a reviewer something to talk about.',
    });
  }
  return answer('Interests and hobbies', blocks);
}

const STANDARD: Record<string, string> = {
  summary: 'Summary',
  experience: 'Experience',
  education: 'Education',
  skills: 'Skills',
  projects: 'Projects',
  certifications: 'Certifications (or "Licenses & Certifications")',
  interests: 'Interests',
  volunteering: 'Volunteering',
  awards: 'Awards',
  publications: 'Publications',
  languages: 'Languages',
};

/** The standard names a mixed section's lines belong under ("Irish (fluent)…" → Languages, "Hobbies: …" → Interests). */
function namesByContent(lines: readonly string[]): string[] {
  const out: string[] = [];
  const holds = (re: RegExp) => lines.some((l) => re.test(l));
  if (lines.some(listsLanguages)) out.push('Languages');
  if (holds(CERT_WORDS) || lines.some((l) => CERT_NAMES.test(l))) out.push('Certifications');
  if (holds(/\b(member|membership|fellow)\b/i)) out.push('Memberships');
  if (holds(/\b(hobbies|interests|enjoy)\b/i)) out.push('Interests');
  if (holds(/\b(volunteer\w*)\b/i)) out.push('Volunteering');
  return out;
}

export function headingAnswer(report: ReportView, section: number | null): ReplyMessage {
  const blocks: Block[] = [];
  const s = section === null ? undefined : report.sections[section];
  if (s && s.kind === 'other') {
    const lines = sectionLines(s);
    const names = namesByContent(lines);
    blocks.push({
      type: 'paragraph',
      text: `Your heading is "${s.heading ?? 'untitled'}", and I could not map it to a standard section. What is under it:`,
    });
    for (const l of lines.slice(0, 4)) blocks.push({ type: 'quote', text: l });
    blocks.push({
      type: 'paragraph',
      text:
        names.length >= 2
          ? `It mixes ${names.join(', ')}: give each its own short section under those names, or keep them together as "Additional information". A vague heading like "${s.heading ?? 'this'}" makes reviewers and applicant tracking systems skip it.`
          : names.length === 1
            ? `Call it "${names[0]}": a standard name reviewers and applicant tracking systems map at once.`
            : 'Use a standard name for what it holds (Experience, Projects, Volunteering, Awards, or "Additional information"), so reviewers and applicant tracking systems map it at once.',
    });
  } else if (s) {
    const standard = STANDARD[s.kind] ?? 'a standard name';
    blocks.push({
      type: 'paragraph',
      text: `Your heading is "${s.heading ?? s.kind}"; I read it as your ${s.kind} section. You can rename it: use a standard name such as ${standard}, so reviewers and applicant tracking systems map it at once.`,
    });
    if (s.kind === 'summary')
      blocks.push({
        type: 'paragraph',
        text: '"Summary" or "Profile" both work; "Objective" reads dated — rename it and make the lines about what you offer, not what you want.',
      });
  } else {
    const odd = report.sections.filter((x) => x.kind === 'other' && x.heading).map((x) => x.heading!);
    blocks.push({
      type: 'paragraph',
      text: 'Rename a heading freely as long as it stays a standard name (Experience, Education, Skills, Projects, Certifications, Interests): parsers and reviewers look for those words.',
    });
    if (odd.length > 0) blocks.push({ type: 'context', text: `Headings I could not map: ${odd.join(', ')}.` });
  }
  blocks.push({ type: 'context', text: 'Keep all headings in one style (same case, same size).' });
  return answer('Renaming a heading', blocks);
}
