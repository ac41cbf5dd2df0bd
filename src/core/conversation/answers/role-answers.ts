/** Why the review used role X, and what to emphasise for a role the user names (no job description needed). */
import type { Block, ReplyMessage } from '../../reply/types.js';
import { getRoleProfile, parseRoleId, ROLE_PROFILES } from '../../roles/index.js';
import { hasTerm } from '../../text/terms.js';
import type { RoleProfile } from '../../roles/types.js';
import { entriesOf, workLines } from './outline.js';
import { hasNumber } from './rewrites.js';
import { roleFor } from './role.js';
import { answer, type ReportView } from './view.js';
import { contentTokens, withArticle } from './words.js';

/** `named`: a role the user says they are or want ("why do you think im a data scientist"). */
export function roleWhyAnswer(report: ReportView, named: string | null = null): ReplyMessage {
  const role = roleFor(report);
  const titles = [
    ...new Set(
      entriesOf(report, ['experience'])
        .map((e) => e.value.title)
        .filter((t): t is string => !!t),
    ),
  ];
  const runnerUp = report.role.runnerUp && report.role.runnerUp.id !== role.id ? report.role.runnerUp : null;
  const closest = runnerUp
    ? ` The closest specialised profile was ${runnerUp.label} (${Math.round(runnerUp.confidence * 100)}% sure), not enough to pick it.`
    : '';
  const how =
    report.role.source === 'requested'
      ? 'because you (or this chat) set it with /role.'
      : report.role.source === 'default' || role.id === 'general'
        ? `because no specialised profile clearly fits your titles and words, so I used the general profile: impact, clarity and numbers, which apply to every field.${closest}`
        : `because your titles and words point there${titles.length > 0 ? ` (titles: ${titles.slice(0, 3).join('; ')})` : ''}.`;
  const wanted = named ? profileFor(named) : null;
  const blocks: Block[] = [
    { type: 'paragraph', text: `I reviewed your resume as ${role.label} ${how}` },
    {
      type: 'paragraph',
      text: `The role decides which pillars I look for${role.pillars.length > 0 ? ` (for ${role.label}: ${role.pillars.map((p) => p.label).join(', ')})` : ''} and how skills should be grouped; the checks on each line are the same for every role.`,
    },
  ];
  if (wanted && wanted.id !== role.id)
    blocks.push({
      type: 'paragraph',
      text: `You said ${named}: the matching profile is ${wanted.label}. Send /role ${wanted.id} and the resume again to be reviewed against it.`,
    });
  blocks.push({
    type: 'context',
    text: `Not right? Set it with /role <name> and send the resume again. Profiles I have: ${ROLE_PROFILES.map((p) => p.id).join(', ')}.`,
  });
  return answer(`Why I reviewed you as ${role.label}`, blocks);
}

/** Role words too broad to pick a profile on their own ("financial analyst" is no data role). */
const BROAD = new Set([
  'analyst',
  'platform',
  'web',
  'server',
  'ui',
  'other',
  'general',
  'be',
  'fe',
  'fs',
  'ai',
  'infrastructure',
]);

/** The profile a named target role is, when it clearly is one. */
export function profileFor(target: string): RoleProfile | null {
  const words = target
    .toLowerCase()
    .split(/[\s/-]+/)
    .filter((w) => !/^(junior|senior|lead|staff|entry|level|graduate|new|grad)$/.test(w));
  const joined = parseRoleId(words.join(''));
  if (joined && joined !== 'general') return getRoleProfile(joined);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const part = words.slice(i, i + n);
      if (n === 1 && BROAD.has(part[0]!)) continue;
      const id = parseRoleId(part.join(''));
      if (id && id !== 'general') return getRoleProfile(id);
    }
  }
  const text = ` ${words.join(' ')} `;
  return (
    ROLE_PROFILES.find((p) => p.id !== 'general' && p.titles.some((t) => text.includes(` ${t.toLowerCase()} `))) ?? null
  );
}

/** The user's work lines closest to a target role: its words first, then lines with a result. */
export function rankForTarget(report: ReportView, target: string): { text: string }[] {
  const want = new Set(contentTokens(target));
  return workLines(report)
    .map((text, i) => {
      const words = contentTokens(text);
      const hits = words.filter((w) => want.has(w)).length;
      return { text, score: hits * 2 + (hasNumber(text) ? 1 : 0) - i * 0.01 };
    })
    .sort((a, b) => b.score - a.score)
    .map(({ text }) => ({ text }));
}

export function emphasiseAnswer(report: ReportView, target: string): ReplyMessage {
  const profile = profileFor(target);
  const blocks: Block[] = [];
  if (profile && profile.id !== 'general') {
    blocks.push({
      type: 'paragraph',
      text: `For ${withArticle(target)} role, a reviewer looks for ${profile.pillars.map((p) => p.label.toLowerCase()).join(', ')}. What your resume already shows:`,
    });
    const all = workLines(report);
    const items: string[] = [];
    for (const p of profile.pillars) {
      // The strongest evidence first: a line with a result over a line stating a duty.
      const hits = all.filter((line) => p.evidence.some((term) => hasTerm(line, term)));
      const hit = hits.find((line) => hasNumber(line)) ?? hits[0];
      if (hit) {
        items.push(`${p.label}: ${hit}`);
        blocks.push({ type: 'quote', text: hit });
      } else
        items.push(
          `${p.label}: nothing yet — if you have done it, add a line with ${p.metrics.slice(0, 2).join(' or ')}`,
        );
    }
    blocks.push({ type: 'list', items });
    if (blocks.filter((b) => b.type === 'quote').length < 2) {
      blocks.push({ type: 'paragraph', text: 'Lines of yours to lead with:' });
      for (const b of rankForTarget(report, target).slice(0, 2)) blocks.push({ type: 'quote', text: b.text });
    }
    blocks.push({
      type: 'context',
      text: `Skills to put first for ${target}: ${profile.skillGroups.map((g) => g.label).join(', ')}. Only list what you have used.`,
    });
  } else {
    const top = rankForTarget(report, target).slice(0, 3);
    blocks.push({
      type: 'paragraph',
      text:
        top.length > 0
          ? `For ${withArticle(target)} role, lead with the lines that show results closest to that work. From your resume I would put these first:`
          : `For ${withArticle(target)} role, lead with the lines that show results closest to that work. I found no bullets under a job to rank yet: put each thing you did on its own line under the job it belongs to.`,
    });
    for (const b of top) blocks.push({ type: 'quote', text: b.text });
    blocks.push({
      type: 'list',
      items: [
        `Open your summary with the target: "${target} with [N] years of [closest experience]".`,
        `Use the words ${target} postings use where they are true of you (tools, methods, settings), in the bullets, not only in skills.`,
        'Move the most relevant entry or section up; shorten what does not bear on it.',
      ],
    });
  }
  blocks.push({
    type: 'context',
    text: 'Have a posting? Paste it with /jd and I will show which of its terms you cover.',
  });
  return answer(`What to emphasise for ${target}`, blocks);
}

/** For a line rewritten toward a new field: what that field's reviewer looks for, to name in the line. */
export function framingNote(target: string): string {
  const profile = profileFor(target);
  const looksFor =
    profile && profile.id !== 'general'
      ? profile.pillars
          .slice(0, 4)
          .map((p) => p.label.toLowerCase())
          .join(', ')
      : 'the scale, the people involved and the result';
  return `Toward ${withArticle(target)} role: keep your facts and say them in that field's terms. Its reviewers look for ${looksFor}; name whichever of these the line shows, with its number.`;
}
