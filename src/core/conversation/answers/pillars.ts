/** Answers about what the target role must prove (performance, storage, reliability) and about titles. */
import type { Block, ReplyMessage } from '../../reply/types.js';
import { compileTerms } from '../../roles/coverage.js';
import { getRoleProfile } from '../../roles/index.js';
import type { Pillar } from '../../roles/types.js';
import { roleFor } from './role.js';
import { DEFAULT_WHERE, pickTopic } from '../../review/topics.js';
import { hasMetric } from '../../text/metrics.js';
import { TextIndex } from '../../text/terms.js';
import { answer, bullets, type ReportView } from './view.js';

export type PillarTopic = 'performance' | 'storage' | 'reliability';

function pillarFor(report: ReportView, topic: PillarTopic): { pillar: Pillar; ownRole: boolean } {
  const own = roleFor(report).pillars.find((p) => p.id === topic);
  if (own) return { pillar: own, ownRole: true };
  const backend = getRoleProfile('backend').pillars.find((p) => p.id === topic);
  if (!backend) throw new Error(`backend profile lacks pillar ${topic}`);
  return { pillar: backend, ownRole: false };
}

function allBullets(report: ReportView): string[] {
  return report.sections.filter((s) => s.kind === 'experience' || s.kind === 'projects').flatMap(bullets);
}

/** Evidence for a pillar: the report's coverage when the role has it, else a scan of the bullets. */
function evidenceFor(report: ReportView, pillar: Pillar): string[] {
  const cov = report.coverage.find((c) => c.id === pillar.id);
  if (cov) return cov.evidence;
  const matcher = compileTerms(pillar.evidence);
  return allBullets(report)
    .filter((b) => matcher.test(new TextIndex(b)))
    .slice(0, 3);
}

export function pillarAnswer(report: ReportView, topic: PillarTopic): ReplyMessage {
  const { pillar, ownRole } = pillarFor(report, topic);
  const evidence = evidenceFor(report, pillar);
  const blocks: Block[] = [];
  const roleLabel = roleFor(report).label;
  if (!ownRole) {
    blocks.push({
      type: 'context',
      text: `${pillar.label} is not one of the things a ${roleLabel} resume is judged on first, but here is how it reads.`,
    });
  }
  if (evidence.length > 0) {
    blocks.push({ type: 'paragraph', text: `You already show ${pillar.label.toLowerCase()} here:` });
    for (const e of evidence) blocks.push({ type: 'quote', text: e });
    const measured = evidence.some(hasMetric);
    blocks.push({
      type: 'paragraph',
      text: measured
        ? 'Good: at least one of these carries a number. Make sure each says before → after and at what scale.'
        : `None of these has a number yet. Reviewers look for: ${pillar.metrics.join(', ')}.`,
    });
  } else {
    blocks.push({
      type: 'paragraph',
      text: `Nothing in your resume shows ${pillar.label.toLowerCase()} yet: ${pillar.description}`,
    });
    blocks.push({ type: 'paragraph', text: `The numbers reviewers look for: ${pillar.metrics.join(', ')}.` });
  }
  const candidates = allBullets(report)
    .filter((b) => !evidence.includes(b) && TOPIC_IDS[topic].includes(pickTopic(b)?.id ?? ''))
    .slice(0, 2);
  const target = candidates[0] ?? evidence.find((e) => !hasMetric(e));
  if (target) {
    blocks.push({
      type: 'rewrite',
      before: target,
      after: `${target.replace(/[.;\s]+$/, '')}, ${pillar.placeholder}`,
      note: `Where to find it: ${pillar.where ?? pickTopic(target)?.where ?? DEFAULT_WHERE}`,
    });
  } else if (evidence.length === 0) {
    blocks.push({
      type: 'context',
      text: `If you did this kind of work, add a bullet for it, e.g. "[What you changed] in [system], ${pillar.placeholder}". Only claim what you did.`,
    });
  }
  return answer(pillar.label, blocks, evidence.length > 0 ? 'info' : 'medium');
}

/** The review's bullet topics that belong to each pillar. */
const TOPIC_IDS: Record<PillarTopic, readonly string[]> = {
  performance: ['latency', 'throughput', 'web-performance', 'service'],
  storage: ['storage', 'data-migration'],
  reliability: ['reliability'],
};

const FRONTEND_WORDS =
  /\b(react|vue|angular|css|html|ui|ux|frontend|front-end|browser|accessibility|svelte|next\.js|tailwind)\b/i;
const BACKEND_WORDS =
  /\b(api|apis|grpc|rest|database|postgres\w*|mysql|redis|kafka|queue|microservice\w*|latency|qps|throughput|backend|back-end|server)\b/i;

/** Profiles whose titles split by server side / front end (the backend-or-frontend advice applies). */
const ENGINEERING_TITLES = new Set(['backend', 'software', 'fullstack', 'frontend', 'api', 'sre', 'mobile']);

/** Title advice for every other field: the headline may name the target, past titles stay as held. */
function fieldTitleAnswer(report: ReportView, titles: readonly string[]): ReplyMessage {
  const role = roleFor(report);
  const blocks: Block[] = [];
  if (titles.length > 0)
    blocks.push({ type: 'paragraph', text: `Your titles so far: ${[...new Set(titles)].slice(0, 4).join('; ')}.` });
  blocks.push({
    type: 'list',
    items: [
      'The headline under your name can name the job you are applying for, as long as your lines back it up; when you are moving into it, say both, e.g. "[Target role] | [current or last title]".',
      `Use the title postings in your field use${role.id === 'general' ? '' : ` (${role.label})`}, so a reviewer and an applicant tracking system match it at once.`,
      'Past job titles stay as you held them; add a clarifier in brackets when the official title hides what you did, e.g. "[Title] ([what you actually ran])".',
    ],
  });
  return answer('Which title fits', blocks);
}

export function titleAnswer(report: ReportView): ReplyMessage {
  if (!ENGINEERING_TITLES.has(roleFor(report).id)) {
    const held = report.sections
      .filter((s) => s.kind === 'experience')
      .flatMap((s) => s.entries ?? [])
      .map((e) => e.title)
      .filter((t): t is string => !!t);
    return fieldTitleAnswer(report, held);
  }
  const all = allBullets(report);
  const backend = all.filter((b) => BACKEND_WORDS.test(b)).length;
  const frontend = all.filter((b) => FRONTEND_WORDS.test(b)).length;
  const titles = report.sections
    .filter((s) => s.kind === 'experience')
    .flatMap((s) => s.entries ?? [])
    .map((e) => e.title)
    .filter((t): t is string => !!t);
  const blocks: Block[] = [];
  if (titles.length > 0)
    blocks.push({ type: 'paragraph', text: `Your titles so far: ${[...new Set(titles)].slice(0, 4).join('; ')}.` });
  blocks.push({
    type: 'paragraph',
    text: `Of your ${all.length} experience and project bullets, ${backend} are about server-side work (APIs, storage, performance) and ${frontend} about the front end.`,
  });
  let advice: string;
  if (all.length === 0) {
    advice =
      'I cannot tell from your bullets yet. Use the title of the job you are applying for, as long as your bullets back it up.';
  } else if (backend >= 2 && backend >= 2 * Math.max(frontend, 1)) {
    advice =
      'Your evidence is server-side: "Backend Engineer" fits and tells a reviewer where your depth is. Use "Software Engineer" when a posting asks for it; the bullets carry the same weight.';
  } else if (frontend >= 2 && frontend >= 2 * Math.max(backend, 1)) {
    advice =
      'Your evidence is mostly front end: "Frontend Engineer" (or "Software Engineer" for broad roles) fits better than backend.';
  } else if (backend > 0 && frontend > 0) {
    advice =
      'You show both sides: "Software Engineer" or "Full-Stack Engineer" fits. If you target backend roles, lead with the service, storage and performance bullets.';
  } else {
    advice =
      '"Software Engineer" is the safe, broad title. A more specific one helps only when your bullets prove that specialty.';
  }
  blocks.push({ type: 'paragraph', text: advice });
  blocks.push({
    type: 'context',
    text: 'Never change a past job title to one you did not hold; you can add a clarifier, e.g. "Software Engineer (Backend)".',
  });
  return answer('Which title fits', blocks);
}
