/**
 * Follow-up answers: Answer = (what is asked) × (what it is about). The question's words are typo-
 * corrected (real English words are left alone), the referent is resolved (pasted line, bullet, entry,
 * section, the section replied to, the last answer's cursor), then the ask, then the answer is composed
 * from the review's facts about that referent. Deterministic; no network.
 */
import type { Block, ReplyMessage } from '../../reply/types.js';
import { type Ask, type AskResult, askOf, classifyAsk, LINE_ASKS, WHOLE_RESUME_ASKS } from './asks.js';
import { pagedBullets } from './bullets.js';
import { type Composed, continueFrom, fromPaged, lineAsk } from './continue.js';
import { type AnswerCursor, cursorFor, reviewMark, withQuoted } from './cursor.js';
import { entryAnswer } from './entry-answers.js';
import { experienceMonths, onlyInternships } from './experience.js';
import { cueText } from './cue-text.js';
import { cueVocabulary, ruleNamedIn } from './intents.js';
import { matchAnswer } from './job-match.js';
import { bulletAnswer, newLineAnswer, otherLineAnswer } from './line-answers.js';
import { closestHelpAnswer, helpAnswer, noReviewAnswer, smalltalkAnswer, unknownAnswer } from './meta.js';
import { tokenize } from './normalize.js';
import { offTopic } from './off-topic.js';
import { bulletsOf, entriesOf } from './outline.js';
import { personalDetailsAnswer } from './personal.js';
import { promotionAnswer } from './promotion.js';
import { strongestAnswer } from './strongest.js';
import { paragraphsAnswer } from './paragraphs.js';
import { joinParts, questionParts } from './parts.js';
import { languagesAnswer } from './languages.js';
import { pillarAnswer, titleAnswer } from './pillars.js';
import { type Referent, resolveReferent } from './referent.js';
import {
  atsAnswer,
  findingAnswer,
  lengthAnswer,
  overallAnswer,
  prioritiesAnswer,
  prioritiesShown,
} from './review-level.js';
import { emphasiseAnswer, framingNote, roleWhyAnswer } from './role-answers.js';
import { scorePathAnswer } from './score-path.js';
import { sectionAnswer } from './section-answers.js';
import { contactAnswer, educationAnswer, projectsAnswer, skillsAnswer, summaryAnswer } from './sections.js';
import { isEnglishWord, Speller } from './spelling.js';
import { STUDENT_ROLE_ASK, studentRoleAnswer } from './student-roles.js';
import {
  careerChangeAnswer,
  certificationsAnswer,
  gapAnswer,
  headingAnswer,
  interestsAnswer,
  isCertLine,
  orderAnswer,
  qualityNote,
  showQualityAnswer,
} from './subjects.js';
import { answer, findSection, type ReportView, type SectionView, sectionName, weakestSection } from './view.js';
import { ASK_WORDS, STOPWORDS, stem } from './words.js';

export interface AnswerInput {
  text: string;
  /** The last review in this thread/conversation, or null if none. */
  report: ReportView | null;
  /** The section the user replied to, or null. */
  focusSection: number | null;
  jobDescription: string | null;
  /** What the previous answer in this conversation was about (null: none, or it expired). */
  cursor?: AnswerCursor | null;
  /** The date "present" and gaps are measured against (tests pin it). */
  now?: Date;
}

export type Answer = ReplyMessage & { intent: string; cursor: AnswerCursor | null };

const spellers = new WeakMap<ReportView, Speller>();
const titleWords = new WeakMap<ReportView, Set<string>>();

const ownWordSets = new WeakMap<ReportView, Set<string>>();

/** A section's lines, items and bullets, in that order. */
function linesOf(s: SectionView): string[] {
  return [...(s.lines ?? []), ...(s.items ?? []), ...(s.entries ?? []).flatMap((e) => e.bullets ?? [])];
}

/** Every word of the resume's sections (headings, lines, items, bullets). */
function ownWordsOf(report: ReportView | null): Set<string> {
  if (!report) return new Set();
  let words = ownWordSets.get(report);
  if (!words) {
    words = new Set(report.sections.flatMap((s) => [...tokenize(s.heading ?? ''), ...linesOf(s).flatMap(tokenize)]));
    ownWordSets.set(report, words);
  }
  return words;
}

function titleWordsOf(report: ReportView | null): Set<string> {
  if (!report) return new Set();
  let words = titleWords.get(report);
  if (!words) {
    words = new Set(
      entriesOf(report).flatMap((e) => [...tokenize(e.value.title ?? ''), ...tokenize(e.value.organization ?? '')]),
    );
    titleWords.set(report, words);
  }
  return words;
}

/**
 * The user's lines that share a distinctive word with the question ("im bilingual" → the skills line), the
 * lines sharing the most words first (a year alone counts half: "the forklift thing from 2013").
 */
function linesNamed(report: ReportView, tokens: readonly string[]): { line: string; section: number }[] {
  const want = new Set(
    tokens
      .filter(
        (t) =>
          (t.length > 3 || (t.length === 3 && !isEnglishWord(t))) &&
          !STOPWORDS.has(t) &&
          !ASK_WORDS.has(t) &&
          !ASK_WORDS.has(stem(t)),
      )
      .map(stem),
  );
  if (want.size === 0) return [];
  const out: { line: string; section: number; score: number }[] = [];
  report.sections.forEach((s, section) => {
    for (const line of new Set(linesOf(s))) {
      const hits = [...new Set(tokenize(line).map(stem))].filter((w) => want.has(w));
      const score = hits.reduce((n, w) => n + (/^\d+$/.test(w) ? 0.5 : 1), 0);
      if (score > 0) out.push({ line, section, score });
    }
  });
  return out
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map(({ line, section }) => ({ line, section }));
}

/** The user's bullets an answer quoted (quotes, rewrites' "before", findings' evidence), in order. */
function quotedBullets(report: ReportView, message: ReplyMessage): string[] {
  const bullets = new Set(bulletsOf(report).map((b) => b.text));
  const out: string[] = [];
  for (const b of message.blocks) {
    const line =
      b.type === 'quote' ? b.text : b.type === 'rewrite' ? b.before : b.type === 'finding' ? b.evidence : null;
    if (line && bullets.has(line)) out.push(line);
  }
  return out;
}

function spellerFor(report: ReportView | null): Speller {
  if (!report) return new Speller(cueVocabulary());
  let s = spellers.get(report);
  if (!s) {
    const own = report.sections.flatMap((sec) => [
      ...tokenize(sec.heading ?? ''),
      ...(sec.entries ?? []).flatMap((e) => [
        ...tokenize(e.title ?? ''),
        ...tokenize(e.organization ?? ''),
        ...tokenize(e.location ?? ''),
        ...(e.bullets ?? []).flatMap(tokenize),
      ]),
      ...(sec.items ?? []).flatMap(tokenize),
    ]);
    s = new Speller([...cueVocabulary(), ...own]);
    spellers.set(report, s);
  }
  return s;
}

function yearsAnswer(report: ReportView, now: Date): ReplyMessage {
  const months = experienceMonths(report, now);
  const years = Math.floor(months / 12);
  const interns = onlyInternships(report, now);
  const text =
    months === 0
      ? 'I count no paid work with dates in your experience section yet, so I would not state a number of years.'
      : years === 0
        ? `About ${months} months of work from your dates${interns ? ' (internships and short jobs)' : ''}: do not write "years of experience" yet; let the entries speak.`
        : `About ${years} year${years === 1 ? '' : 's'} of work from your dates (overlaps counted once; student, research and teaching-assistant roles not counted)${interns ? ', mostly internships and short jobs' : ''}.`;
  return answer('Years of experience', [
    { type: 'paragraph', text },
    {
      type: 'context',
      text: 'Count only paid or professional work; a summary line like "[N] years of [field]" must match your dates.',
    },
  ]);
}

function aboutReferent(
  report: ReportView,
  ref: Referent,
  ask: Ask,
  now: Date,
  cursor: AnswerCursor | null,
): Composed | null {
  switch (ref.kind) {
    case 'bullet':
      return {
        message: bulletAnswer(report, ref.ref, lineAsk(ask)),
        cursor: cursorFor(lineAsk(ask), { section: ref.ref.section, entry: ref.ref.entry, bullet: ref.ref.bullet }),
      };
    case 'pasted': {
      const { pasted } = ref;
      const message = pasted.line
        ? otherLineAnswer(report, pasted.line, lineAsk(ask), pasted.section)
        : newLineAnswer(report, pasted.text, lineAsk(ask));
      return { message, cursor: cursorFor(lineAsk(ask), {}) };
    }
    case 'entry':
      return {
        message: entryAnswer(report, ref.ref, ask, now),
        cursor: cursorFor(ask, { section: ref.ref.section, entry: ref.ref.entry }),
      };
    case 'section': {
      const shown = cursor && cursor.section === ref.index && cursor.ask === ask ? [] : [];
      return fromPaged(ask, ref.index, sectionAnswer(report, ref.index, ask, now, shown));
    }
    case 'none':
      return null;
  }
}

function wholeResume(
  report: ReportView,
  a: AskResult,
  ref: Referent,
  jd: string | null,
  now: Date,
): ReplyMessage | null {
  switch (a.ask) {
    case 'match':
    case 'tailor':
      return matchAnswer(report, jd);
    case 'role-why':
      return roleWhyAnswer(report, a.target);
    case 'score-path':
      return scorePathAnswer(report, a.goal);
    case 'years':
      return yearsAnswer(report, now);
    case 'gap':
      return gapAnswer(report, now);
    case 'order':
      return orderAnswer(report, now);
    case 'emphasise':
      return a.target ? emphasiseAnswer(report, a.target) : null;
    case 'change':
      return careerChangeAnswer(report, a.target);
    case 'show':
      return a.quality ? showQualityAnswer(report, a.quality) : null;
    case 'certs':
      return certificationsAnswer(report);
    case 'interests':
      return interestsAnswer(report);
    case 'personal':
      return personalDetailsAnswer(report);
    case 'promotion':
      return promotionAnswer(report);
    case 'paragraphs':
      return paragraphsAnswer(report);
    case 'languages':
      return languagesAnswer(report);
    case 'strongest':
      // "is <this line> my best one": a judgement of that line, not a ranking.
      return ref.kind === 'bullet' || ref.kind === 'pasted' ? null : strongestAnswer(report);
    case 'heading':
      return headingAnswer(report, ref.kind === 'section' ? ref.index : null);
    default:
      return null;
  }
}

function topical(
  report: ReportView,
  ask: Ask,
  input: AnswerInput,
  now: Date,
  rule: string | null = null,
): Composed | null {
  const focus = input.focusSection ?? (/\b(this|these|it|here)\b/i.test(input.text) ? weakestSection(report) : null);
  const single = (message: ReplyMessage): Composed => ({ message, cursor: cursorFor(ask, {}) });
  switch (ask) {
    case 'quantify':
      return fromPaged('quantify', focus, pagedBullets(report, focus, 'quantify'));
    case 'improve':
    case 'rewrite':
    case 'review': {
      const index = focus ?? findSection(report, ['experience', 'projects']);
      return fromPaged('improve', index, pagedBullets(report, index, 'improve'));
    }
    case 'skills':
      return single(skillsAnswer(report));
    case 'summary':
      return single(summaryAnswer(report));
    case 'education':
      return single(educationAnswer(report, now));
    case 'projects':
      return single(projectsAnswer(report));
    case 'contact':
      return single(contactAnswer(report));
    case 'length':
      return single(lengthAnswer(report, now));
    case 'title':
      return single(titleAnswer(report));
    case 'performance':
    case 'storage':
    case 'reliability':
      return single(pillarAnswer(report, ask));
    case 'ats':
      return single(atsAnswer(report));
    case 'explain':
    case 'finding':
      return single(findingAnswer(report, rule, input.focusSection));
    case 'priorities':
      // The cursor keeps the checks listed ("rule:<id>"), so "what else" pages on to the next ones.
      return {
        message: prioritiesAnswer(report),
        cursor: cursorFor(
          ask,
          {},
          prioritiesShown(report).map((r) => `rule:${r}`),
          true,
        ),
      };
    case 'overall':
    case 'judge':
    case 'keep':
      return single(overallAnswer(report));
    default:
      return null;
  }
}

/** Asks that a named check answers when the question points at no one line or entry. */
const RULE_ASKS: ReadonlySet<Ask> = new Set([
  'rewrite',
  'review',
  'judge',
  'improve',
  'finding',
  'explain',
  'unknown',
  'overall',
]);

/** Asks the general answers take when nothing was pointed at (the off-topic check applies to these only). */
const GENERAL_ASKS: ReadonlySet<Ask> = new Set(['unknown', 'review', 'overall', 'finding', 'explain', 'judge']);

const REWRITE_ASKS: ReadonlySet<Ask> = new Set(['rewrite', 'improve']);

/** Asks about one line as written: "rewrite <TA line>" or "is the TA job worth keeping" is not "does it count". */
const LINE_ASKS_ABOUT_TEXT: ReadonlySet<Ask> = new Set(['rewrite', 'improve', 'quantify', 'explain', 'keep', 'judge']);

/** Asks that judge or keep what they name. */
const JUDGED_HERE: ReadonlySet<Ask> = new Set(['judge', 'keep', 'review', 'improve', 'rewrite']);

const SECTION_TOPICS: readonly [Ask, RegExp][] = [
  ['summary', /\b(summary|profile|objective|about me)\b/],
  ['skills', /\bskills?\b/],
  ['projects', /\bprojects?\b/],
  ['education', /\beducation\b/],
];

/** The section topic a question names when the resume has no such section. */
function missingSectionNamed(report: ReportView, text: string): Ask | null {
  const t = text.toLowerCase();
  for (const [kind, words] of SECTION_TOPICS)
    if (words.test(t) && !report.sections.some((s) => s.kind === kind)) return kind;
  return null;
}

const WHERE_WORDS = /\b(where|go|goes|put|place|list|section|present|show|format|write)\b/;

const SHORTEN_IT =
  /\b(make|get) (it|this|that|this one|that one) (shorter|tighter|punchier|more concise|less wordy)\b|\b(shorten|trim|tighten) (it|this|that)\b/;

const RESUME_WORDS =
  /\b(resume|cv|bullet|section|job|jobs|role|work|experience|career|apply|applying|application|recruiter|hiring|line|score|review|my)\b/i;

/** Answers a question; one with several asks ("… and also …") gets each part answered in turn. */
export function answerQuestion(input: AnswerInput): Answer {
  const parts = questionParts(input.text);
  if (parts.length === 1) return answerOne(input);
  const answers: Answer[] = [];
  let cursor = input.cursor ?? null;
  for (const text of parts) {
    const a = answerOne({ ...input, text, cursor });
    cursor = a.cursor;
    answers.push(a);
  }
  // Parts that got no real answer of their own (a fragment, the same answer twice) are left out.
  const useful = answers.filter(
    (a, i) => a.intent !== 'unknown' && answers.findIndex((b) => b.title === a.title) === i,
  );
  if (useful.length < 2) return useful[0] ?? answers[0]!;
  return { ...joinParts(useful), intent: useful.map((a) => a.intent).join('+'), cursor };
}

function answerOne(input: AnswerInput): Answer {
  const now = input.now ?? new Date();
  const report = input.report;
  // A cursor is only about the review it came from: after a re-check, "next" starts afresh.
  const cursor =
    input.cursor && report && input.cursor.review !== undefined && input.cursor.review !== reviewMark(report)
      ? null
      : (input.cursor ?? null);
  const tokens = tokenize(input.text).map((t) => spellerFor(report).correct(t));
  const cues = cueText(input.text, tokens, report);
  const classified = classifyAsk(cues.raw, cues.tokens, titleWordsOf(report), ownWordsOf(report));
  // "make it shorter" right after an answer about one line is a rewrite of that line, not the page length.
  const asked: AskResult =
    cursor?.bullet != null && SHORTEN_IT.test(cues.tokens.join(' ')) ? { ...classified, ask: 'rewrite' } : classified;
  const done = (c: Composed, intent: string = asked.ask): Answer => ({
    ...c.message,
    intent,
    cursor: report ? withQuoted(c.cursor, quotedBullets(report, c.message), reviewMark(report)) : c.cursor,
  });
  if (asked.ask === 'help') return done({ message: helpAnswer(), cursor });
  if (asked.ask === 'smalltalk') return done({ message: smalltalkAnswer(input.text), cursor });
  if (asked.ask === 'out') return done({ message: unknownAnswer(), cursor }, 'unknown');
  if (!report) return done({ message: noReviewAnswer(), cursor: null });
  if (asked.ask === 'more' || asked.ask === 'next-entry') return done(continueFrom(report, cursor, now));

  // "does the TA count as experience": the study-time role, where it goes and what it counts for.
  if (STUDENT_ROLE_ASK.test(cues.tokens.join(' ')) && !LINE_ASKS_ABOUT_TEXT.has(asked.ask))
    return done({ message: studentRoleAnswer(report), cursor: cursorFor('years', {}) }, 'student-role');

  const ref = resolveReferent({
    text: input.text,
    tokens,
    report,
    focusSection: input.focusSection,
    cursor,
    lineAsk: LINE_ASKS.has(asked.ask),
    wholeResumeAsk: WHOLE_RESUME_ASKS.has(asked.ask),
  });
  // "<their line> how do i make it sound like project management": a rewrite of that line for the new field.
  const lineFirst =
    (ref.kind === 'bullet' || (ref.kind === 'pasted' && ref.pasted.line !== null)) &&
    (asked.ask === 'change' ||
      asked.ask === 'emphasise' ||
      asked.ask === 'strongest' ||
      (asked.ask === 'show' && asked.quality !== null));
  const whole = lineFirst ? null : wholeResume(report, asked, ref, input.jobDescription, now);
  if (whole)
    return done({ message: whole, cursor: cursorFor(asked.ask, ref.kind === 'section' ? { section: ref.index } : {}) });

  // A question that names one of the checks ("present tense", "first person", "passive") about no one line:
  // what that check found, where, and how to fix it.
  const namedRule = ruleNamedIn(input.text);
  // (A rewrite of a named section stays with that section's own answer: "fix my summary, it's all buzzwords".)
  const aboutNoLine = ref.kind === 'none' || (ref.kind === 'section' && !REWRITE_ASKS.has(asked.ask));
  if (namedRule && RULE_ASKS.has(asked.ask) && (aboutNoLine || ref.kind === 'entry')) {
    const within = ref.kind === 'entry' ? { section: ref.ref.section, entry: ref.ref.entry } : undefined;
    return done(
      { message: findingAnswer(report, namedRule, null, within), cursor: cursorFor('explain', within ?? {}) },
      'finding',
    );
  }

  // A question with no ask of its own ("and the TA one?") continues the last answer's ask.
  const carried: Ask = lineFirst
    ? asked.ask === 'strongest'
      ? 'judge'
      : 'rewrite'
    : asked.ask === 'unknown' && cursor && ref.kind !== 'none'
      ? askOf(cursor.ask)
      : asked.ask === 'unknown'
        ? 'review'
        : asked.ask;
  // A page count is about the whole file, whatever part the question names ("is 2 pages ok for a phd").
  const pages = carried === 'length' && /\bpages?\b/i.test(input.text);
  if (ref.kind !== 'none' && !pages) {
    const sectionTopic =
      ref.kind === 'section' && ['skills', 'summary', 'education', 'projects', 'contact'].includes(carried);
    const composed = sectionTopic
      ? topical(report, carried, input, now)
      : aboutReferent(report, ref, carried, now, cursor);
    if (composed && lineFirst && (asked.target || asked.quality)) {
      const note: Block = {
        type: 'context',
        text: asked.target ? framingNote(asked.target) : qualityNote(asked.quality!),
      };
      return done(
        { ...composed, message: { ...composed.message, blocks: [...composed.message.blocks, note] } },
        carried,
      );
    }
    if (composed) return done(composed, carried);
  }
  // A line named by its words, not quoted ("is the forklift thing from 2013 worth keeping", "where should the
  // EIT go"): keep/judge that line; a credential line asked "where" gets the certifications answer.
  const named = linesNamed(report, tokens);
  if (ref.kind === 'none' && named.length > 0) {
    const first = named[0]!;
    const pointed = /\b(line|bullet|point|thing|bit|entry|stuff)\b/.test(input.text.toLowerCase());
    const ask: Ask | null =
      asked.ask === 'keep' || asked.ask === 'judge'
        ? asked.ask
        : pointed && asked.ask === 'review'
          ? 'judge'
          : pointed && ['rewrite', 'improve', 'quantify'].includes(asked.ask)
            ? lineAsk(asked.ask)
            : null;
    if (ask)
      return done(
        { message: otherLineAnswer(report, first.line, ask, first.section), cursor: cursorFor(ask, {}) },
        ask,
      );
    if (
      (asked.ask === 'unknown' || asked.ask === 'review') &&
      WHERE_WORDS.test(input.text.toLowerCase()) &&
      named.some((n) => isCertLine(n.line))
    )
      return done({ message: certificationsAnswer(report), cursor: cursorFor('certs', {}) }, 'certs');
  }
  // "is my summary ok" with no summary section: that section's own answer says so and how to write one.
  const missing = ref.kind === 'none' && JUDGED_HERE.has(carried) ? missingSectionNamed(report, input.text) : null;
  if (missing) {
    const composed = topical(report, missing, input, now);
    if (composed) return done(composed, missing);
  }
  // Fell through to the general answers with nothing of the resume in it: say so rather than review again.
  if (
    ref.kind === 'none' &&
    named.length === 0 &&
    !namedRule &&
    GENERAL_ASKS.has(carried) &&
    offTopic(input.text, tokens, ownWordsOf(report))
  )
    return done({ message: unknownAnswer(), cursor }, 'unknown');
  const byTopic = topical(report, asked.ask === 'unknown' ? 'unknown' : carried, input, now, asked.rule ?? null);
  if (byTopic) return done(byTopic, carried === 'judge' || carried === 'keep' ? 'overall' : carried);
  if (named.length > 0) {
    const about = named.map(({ line }): Block => ({ type: 'quote', text: line }));
    const where = [...new Set(named.map((n) => sectionName(report.sections[n.section]!)))].join(', ');
    const message = closestHelpAnswer(
      `About your ${where}`,
      [{ type: 'paragraph', text: `Where your resume says it (${where}):` }, ...about],
      [],
    );
    return done({ message, cursor: cursorFor('review', { section: named[0]!.section }) }, 'closest');
  }
  if (RESUME_WORDS.test(input.text)) return done({ message: overallAnswer(report), cursor: null }, 'overall');
  return done({ message: unknownAnswer(), cursor }, 'unknown');
}
