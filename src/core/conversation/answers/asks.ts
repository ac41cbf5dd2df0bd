/**
 * What a question asks, independent of what it is about: rewrite, judge, explain a flag, quantify,
 * keep/drop, reorder, emphasise for a role, show a quality, … Patterns over the typo-corrected text
 * come first; the weighted topic cues (intents.ts) decide the rest.
 */
import { CERT_NAMES } from './cert-names.js';
import { RESUME_DOMAIN } from './off-topic.js';
import { classifyIntent, INTENTS, type Intent } from './intents.js';
import { asksLanguages } from './languages.js';
import { TENSE_ASK } from './tense-answer.js';

export const ASKS = [
  'out',
  'match',
  'more',
  'next-entry',
  'role-why',
  'explain',
  'score-path',
  'years',
  'gap',
  'heading',
  'order',
  'emphasise',
  'change',
  'show',
  'certs',
  'interests',
  'personal',
  'promotion',
  'strongest',
  'paragraphs',
  'languages',
  'tense',
  'keep',
  'judge',
  'rewrite',
  'quantify',
  'review',
] as const;
export type PatternAsk = (typeof ASKS)[number];
export type Ask = PatternAsk | Exclude<Intent, 'quantify' | 'improve'> | 'improve';

const KNOWN: ReadonlySet<string> = new Set<string>([...ASKS, ...INTENTS]);

/** The ask a stored cursor names ('review' when it names none we know). */
export function askOf(value: string | null | undefined): Ask {
  return value && KNOWN.has(value) ? (value as Ask) : 'review';
}

/** Asks about one line or entry (the referent decides the scope). */
export const LINE_ASKS: ReadonlySet<Ask> = new Set([
  'tense',
  'rewrite',
  'judge',
  'explain',
  'quantify',
  'keep',
  'review',
  'improve',
]);
/** Asks about the resume as a whole: entry words in them are not referents ("show leadership at X" is rare). */
export const WHOLE_RESUME_ASKS: ReadonlySet<Ask> = new Set([
  'out',
  'match',
  'role-why',
  'score-path',
  'years',
  'gap',
  'order',
  'emphasise',
  'change',
  'show',
  'certs',
  'interests',
  'personal',
  'promotion',
  'strongest',
  'paragraphs',
  'heading',
  'languages',
]);

const OUT =
  /\b(weather|joke|cover letter|salary|negotiat\w*|visa|recipe|bitcoin|homework|poem|translate (?:(?:it|this|that|my resume|my cv|the resume) )?(?:in)?to [a-z]+|leetcode|movie|football|who won|dating|capital of|flight|book me|restaurant in|good restaurant|taxes|stock price|lottery|horoscope|lunch|dinner|brunch spot|coffee shop|places? to eat|best (?:\w+ )?school|which (?:university|college|school) should)\b/;

/**
 * Asking for a recommendation of a place or a thing to buy ("whats the best pizza place in columbus", "a
 * good laptop for running storyline"): off-topic unless the question also names a part of the resume.
 */
const RECOMMENDATION =
  /\b(best|good|nice|cheap|decent|recommend\w*|suggest\w*) (a |an |the |some )?([a-z]+ )?(place|places|spot|spots|pizza|pub|pubs|bar|bars|cafe|cafes|restaurant|restaurants|hotel|hotels|laptop|laptops|phone|phones|computer|headphones|bean|beans|car|cars|gym)\b/;
const RESUME_PART = /\b(resume|cv|bullet|bullets|line|lines|section|heading|page|font|template|job|role|title|entry)\b/;

/**
 * A question of fact about the world ("whats the eurocode for wind loads", "how much do fire safety advisors
 * earn in scotland", "whats the german word for invoice"): asked about no one (no "i", "my", "this"), about no
 * part of a resume, with no ask of ours in it. Words it shares with the resume do not make it about the resume.
 */
const FACT_QUESTION =
  /^(?:(?:so|ok|okay|hey|also|and|quick question)\s+)*(?:what'?s|whats|what is|what are|how much|how many|how do you say|how long|who|when|can you tell me|tell me)\b/;
const ABOUT_SOMEONE = /\b(i|im|ive|my|me|mine|myself|this|it|that|these|those|u|you|here|one|ones)\b/;
const OUR_ASK =
  /\b(wrong|weak\w*|missing|change|fix|improve|wins?|issues?|matters?|vague|filler|duty|duties|mean|means|flag\w*|rule|else|next|more|best way|important|first|good|better|bad|ok|okay)\b/;
/** Buying a thing or valuing a possession: "what forklift should my warehouse buy", "what my house is worth". */
const POSSESSION =
  /\b(should|do|can|could|would) (i|we|my \w+|our \w+|the \w+) (buy|purchase)\b|\bmy (house|home|car|flat|apartment|property|condo|truck|van)\b.*\b(worth|value|sell)\b|\bvalue my (house|home|car|flat|apartment|property|condo)\b/;

/** Keep or drop: "worth keeping", "should i list it", "take it off". */
const KEEP =
  /\b(keep|drop|remove|cut|delete|get rid of|leave (it )?out|worth (keeping|mentioning|including|listing|it|a bullet|a line|the space|a spot|a place)|even worth|belongs?|still need|necessary|still be (there|on|in|included|listed)|(do|should) i (list|include|mention|need) (it|this|both|all|them|my|the)|take (it|this|that|them) (off|out)|stay (on|in)|still (belong|count|matter)|(?<!where )(should|does|do|can) (it|this|that|they|these|those) (go|stay|help|add anything)\b(?! (in|on|under|at|before|after|above|below|first|last|to|into))|(help|helps|stay|earn its place) or (should it |does it )?(go|hurt|drop|cut)|is (it|this|that) worth (it|keeping)|waste of space|pointless)\b/;

/** Questions about personal details: date of birth, marital status, gender, photo, ID numbers. */
const PERSONAL =
  /\b(i am|im|i m) \d{2}( years old)?\b.*\b(problem|old|young|matter|issue|hurt)\b|\b(am i|i am|im|i m|i'm) too old\b|\btoo old (to|for) (change|switch|start|move|get|be|become|a career|tech|this industry|the industry)\b|\b(date of birth|birth ?date|dob|birthday|my age|marital|married|nationality|gender|religion|photo|photograph|picture|headshot|pan (number|card|no)|aadhaa?r|passport number|national id|id number|ssn|social security)\b/;

const SECTION =
  /\b(education|experience|projects?|skills?|summary|profile|objective|certifications?|certs?|licen[cs]es?|exams?|interests?|hobbies|msc|mba|degree|masters|gpa|qualifications?|employment|work history|publications?|volunteering|languages)\b/g;

function sectionWords(t: string): number {
  return new Set(t.match(SECTION) ?? []).size;
}

export interface AskResult {
  ask: Ask;
  /** For 'show': the quality asked about. */
  quality: 'leadership' | 'teamwork' | 'ownership' | null;
  /** For 'emphasise'/'change': the target role as the user wrote it; for 'role-why': the role they claim. */
  target: string | null;
  /** For 'score-path': the score the user wants. */
  goal: number | null;
  /** For 'finding': the rule the question names ("what does vague-duty mean?"). */
  rule?: string | null;
}

const none = { quality: null, target: null, goal: null } as const;

/** The role the user says they are or aim at: "why do you think im a data scientist", "… get into logistics". */
function roleClaimed(t: string): string | null {
  const patterns = [
    /\b(?:i am|im|i m) (?:an? )?([a-z][a-z /&+-]{1,40}?)(?:,|\?|$| and| but| not| or)/,
    /\b(?:get|getting|move|moving|go|going) in ?to (?:an? )?([a-z][a-z /&+-]{1,40}?)(?:,|\?|$)/,
  ];
  for (const p of patterns) {
    const role = t.match(p)?.[1]?.trim();
    if (role && !/^(trying|looking|not|just|still|applying|going|moving)\b/.test(role)) return role;
  }
  return null;
}

/** The role the user names: "for a growth marketing manager role", "move into autonomous vehicles". */
export function targetRole(t: string): string | null {
  const patterns = [
    /\b(?:ready|qualified|good enough) (?:to be|to become|for) (?:an? |the )?([a-z0-9][a-z0-9 /&+-]{1,40}?)(?: role| job| position|,|\?|$)/,
    /\bfor (?:an? |the )?([a-z0-9][a-z0-9 /&+-]{1,40}?) (?:role|job|position|jobs|roles|positions|opening)\b/,
    /\b(?:move|moving|switch|switching|go|get|transition|pivot) (?:in)?to (?:an? )?([a-z0-9][a-z0-9 /&+-]{1,40}?)(?: what| how| and|,|\?|$)/,
    /\b(?:leave|leaving) [a-z]+ for ([a-z0-9][a-z0-9 /&+-]{1,40}?)(?:,| how| what|\?|$)/,
    /\b(?:applying|apply) (?:for|to) (?:an? )?([a-z0-9][a-z0-9 /&+-]{1,40}?)(?: role| job| position|,|\?|$)/,
    /\b(?:applying|apply|want|trying|looking) (?:to be|to become|as) (?:an? )?([a-z0-9][a-z0-9 /&+-]{1,40}?)(?: role| job| position| what| how| and|,|\?|$)/,
    /\bcareers? (?:change )?(?:in)?to (?:an? )?([a-z0-9][a-z0-9 /&+-]{1,40}?)(?:,|\?|$)/,
    /\bfor (?:an? )?([a-z0-9][a-z0-9 /&+-]{1,30}?)\??$/,
    /\b(?:sound|look|read)s? (?:more )?like (?:an? )?([a-z0-9][a-z0-9 /&+-]{1,40}?)(?: not| instead| rather| and|,|\?|$)/,
  ];
  for (const p of patterns) {
    const m = t.match(p);
    const role = m?.[1]?.trim();
    // "enough for a publications section": a part of the resume, not a role.
    if (
      role &&
      !/^(me|my|it|this|that|them|work|now)$/.test(role) &&
      !/\b(section|bullets?|lines?|pages?|heading|resume|cv|font|template|entry)\b/.test(role)
    )
      return role;
  }
  return null;
}

/**
 * `titleWords`: words of the user's own entry titles and organisations. An off-topic word that names one
 * of their entries ("the recipe calculator project") is not off-topic. `ownWords`: every word of their
 * resume; an off-topic phrase made only of them is theirs.
 */
export function classifyAsk(
  raw: string,
  corrected: readonly string[],
  titleWords: ReadonlySet<string> = new Set(),
  ownWords: ReadonlySet<string> = new Set(),
): AskResult {
  const t = corrected.join(' ');
  const r = raw.toLowerCase();
  const out = t.match(OUT);
  const namesEntry =
    out && titleWords.has(out[1]!.split(' ')[0]!) && /\b(project|job|bullet|line|role|entry|section)\b/.test(t);
  // The user's own words are in scope ("a flight paramedic job" when the resume says "flight paramedic").
  const theirs = out && out[1]!.split(' ').every((w) => ownWords.has(w));
  if (out && !namesEntry && !theirs) return { ask: 'out', ...none };
  if (RECOMMENDATION.test(t) && !RESUME_PART.test(t) && sectionWords(t) === 0) return { ask: 'out', ...none };
  const aboutResume = RESUME_PART.test(t) || sectionWords(t) > 0 || RESUME_DOMAIN.test(t);
  if (!aboutResume && POSSESSION.test(t)) return { ask: 'out', ...none };
  if (!aboutResume && FACT_QUESTION.test(t) && !ABOUT_SOMEONE.test(t) && !OUR_ASK.test(t))
    return { ask: 'out', ...none };
  if (
    /\bhow (well )?(do|does|would) (i|my resume|it) (match|fit|stack up)|\bmatch (the|this|that) (job|posting|role|jd)|\bmy match\b|\bhow do i match\b|\b(am i|i am|im) (a )?(good |strong |right )?(fit|match|qualified)\b|\bdo i (fit|qualify)\b/.test(
      t,
    )
  )
    return { ask: 'match', ...none };
  const bare = t
    .replace(/^((ok|okay|and|so|then|now|alright|sure|cool|great|thanks|what about|how about)\s+)+/, '')
    .replace(/\s+(please|pls|then)$/, '');
  if (
    /^(the )?(next|more|rest|others|next ones?|next one|after (that|those|these)|continue|go on|keep going|show more|more please|what else|anything else|what other ones|others\??)$/.test(
      bare,
    )
  )
    return { ask: 'more', ...none };
  if (
    /^((ok|okay|and|so|then|what about|now)\s+)*(the )?(next|following) (job|role|entry|position|one)$|^((ok|okay|and|so|then|what about|how about)\s+)*(the )?(one|job|role|entry) (after|before)( (it|that|this))?$|\bjob before that\b/.test(
      t,
    )
  )
    return { ask: 'next-entry', ...none };
  if (
    /\bwhy\b.*\b(review|reviewed|rate|rated|judge|judged|classif\w*|treat|treated|see|saw|read|detect\w*)\b.*\bas\b|\breviewed (me )?as\b|\bwhy (backend|frontend|general|software|fullstack|data|api|sre|mobile)\b|\bwhy (do|did|would|does) (you|u|it) (think|say|assume|guess|decide|figure|call me)\b.*\b(i am|im|i m|me)\b|\b(what|which) (role|profile) (did|do|are|were|was) (you|u|it|i)\b.*\b(review|reviewed|check|checked|judge|judged|rate|rated|score|scored|compare|compared|assess|assessed|read|reviewing|checking|judging|use|used|using|pick|picked|choose|chose)\b/.test(
      t,
    )
  )
    return { ask: 'role-why', quality: null, target: roleClaimed(t), goal: null };
  if (
    /\bwhy\b.*\b(flag|flagged|mark|marked|ding|dinged|complain\w*|highlight\w*)\b|\bwhat did you flag\b|\bwhy (did|do|does|would) (it|you|u) (say|call|think|consider|count)\b|\bwhy (is|was) (this|it|that) (weak|bad|wrong)\b/.test(
      t,
    )
  )
    return { ask: 'explain', ...none };
  const goal = t.match(/\b(?:to|reach|hit|at least|of) (?:a |an )?(?:score of )?(\d{2})\b/);
  if (/\bscore\b/.test(t) && goal) return { ask: 'score-path', quality: null, target: null, goal: Number(goal[1]) };
  // "how do i get from 50 to 75", "get it to 80": two-digit goals are scores (the review is out of 100).
  // (Not "raising coverage from 45% to 70%" in a pasted line: percentages are the user's numbers.)
  const bare100 = r.match(
    /\b(?:get|go|move|raise|bring|push)\w* (?:it |this |my resume |my score |the score )?(?:up )?from (\d{2}) to (\d{2})\b(?!\s*%)|\bget (?:it |this |my resume |my score |the score )?(?:up )?to (\d{2})\b(?!\s*%)/,
  );
  if (bare100) return { ask: 'score-path', quality: null, target: null, goal: Number(bare100[2] ?? bare100[3]) };
  if (
    /\bhow many years\b|\byears of experience do i\b|\b(is|are) (\w+ )?years (right|correct|accurate|true|ok)\b|\byears of experience\b.*\b(right|correct|accurate|say|claim|put)\b/.test(
      t,
    )
  )
    return { ask: 'years', ...none };
  if (
    /\bgaps?\b|\btime (off|out)\b|\byear out\b|\bgap year\b|\bunemploy\w*|\bcareer break\b|\bbetween jobs\b|\bout of work\b|\bnot (been )?work(ed|ing) since\b|\bsince i left\b|\bi left (my )?\w+ (in|last) (\w+ )?(19|20)\d\d\b/.test(
      t,
    )
  )
    return { ask: 'gap', ...none };
  if (
    /\brenam(e|ed|ing)\b|\bshould (it|this|that|(?!i\b|we\b|you\b)\w+) (say|be called)\b|\bbe called\b|\bheading\b|\bcall (it|the section)\b/.test(
      t,
    )
  )
    return { ask: 'heading', ...none };
  // "<line> is the tense right": the tense of that line against its role's dates.
  if (
    TENSE_ASK.test(t) &&
    !/\b(all|every|bullets|lines|job|jobs|role|roles|entry|section|resume|cv|whole|throughout|mix\w*|mixed)\b/.test(t)
  )
    return { ask: 'tense', ...none };
  // "are my languages in a good place", "do english and tamil need levels": the spoken languages line.
  if (asksLanguages(t)) return { ask: 'languages', ...none };
  // "first person" is a way of writing, not a place in the order.
  const orderWords =
    /\b(before|after|above|below|first|top|order|right place|higher|lower|ahead of|go first|come first)\b/.test(
      t.replace(/\bfirst person\b/g, ''),
    );
  // A section word inside the role they name ("project manager jobs") is not a section.
  const roleNamed = targetRole(t);
  const outsideRole = roleNamed ? t.replace(roleNamed, ' ') : t;
  if (
    orderWords &&
    (sectionWords(outsideRole) >= 2 ||
      (sectionWords(outsideRole) === 1 &&
        /\b(first|top|right place|go|come|above|below|before|after|list)\b/.test(t))) &&
    !/\b(fix|bullet|line|point)\b/.test(t)
  )
    return { ask: 'order', ...none };
  const target = targetRole(t);
  if (
    /\b(emphasi[sz]e|highlight|play up|stress|lead with|focus on|ready (to be|to become|for)|enough for|good enough for|push|showcase|(pitch|sell|position|market|present) (myself|me)|go(es)? (at the )?(top|first)|put (first|at the top|on top|up top))\b/.test(
      t,
    ) &&
    target
  )
    return { ask: 'emphasise', quality: null, target, goal: null };
  if (
    /\bcareer change\b|\bchang\w* careers?\b|\bswitch\w* careers?\b|\btransition\w*\b|\bpivot\w*\b|\bleave \w+ for\b|\bmov\w* (in)?to\b|\b(the )?switch (in)?to\b|\bpitch\w* (the|my) (switch|move|change)\b|\binto (tech|software)\b|\bframe my (experience|career)\b|\bfrom \w+ to (software|tech)\b|\btranslat\w* (my|the|this|that|it)\b.* (for|to|into) |\b(for|into|to) (industry|corporate|the private sector)\b|\b(out of|leav\w*) academia\b|\b(look|sound|read) (more )?like \w+( \w+)? (not|instead of|rather than)\b|\bmake (my )?\w+( \w+)? (look|sound|read) (more )?like\b/.test(
      t,
    )
  )
    return { ask: 'change', quality: null, target, goal: null };
  if (
    target &&
    /\bwhat (else )?(should|do|would|can|could) i (emphasi[sz]e|highlight|show|put first|add|include|mention|learn|list)|\bwhat (do|should) i (need )?for\b/.test(
      t,
    )
  )
    return { ask: 'emphasise', quality: null, target, goal: null };
  // "the two skyitalia jobs, merge them?": roles at one employer, stacked under it.
  const promotion =
    (/\bpromot(ed|ion|ions)\b/.test(t) &&
      /\b(show|how|list|present|put|mention|write|display|reflect|make)\b/.test(t)) ||
    (/\b(merge|merged|merging|combine|combined|stack|consolidate)\b/.test(t) &&
      /\b(jobs|roles|entries|positions|them|both|two|same (company|employer|place))\b/.test(t));
  if (promotion) return { ask: 'promotion', ...none };
  // "my experience is written in paragraphs not bullets": prose where bullets belong.
  if (
    /\b(paragraphs?|prose|wall of text|block of text|full sentences)\b/.test(t) &&
    !/\bsummary|profile|objective\b/.test(t)
  )
    return { ask: 'paragraphs', ...none };
  // "which is my strongest bullet", "what are my best lines": the user's own best evidence, ranked.
  if (
    /\b(strongest|best|most impressive|standout) (bullets?|lines?|points?|ones?|achievements?|results?|parts?)\b|\bwhich (bullets?|lines?|ones?) (is|are) (the )?(strongest|best|good)\b|\bwhat (is|are|s) (my )?(best|strongest)\b/.test(
      t,
    ) &&
    !/\b(is|was) (this|that|it)\b/.test(t) &&
    // "is the dental reminder line my best one": a yes/no judgement of the line it names.
    !/^(is|are|was|were|isnt)\b/.test(t)
  )
    return { ask: 'strongest', ...none };
  if (/\b(show|demonstrate|prove|convey|talk about|get across|highlight)\b/.test(t)) {
    if (
      /\blead\w*\b|\bmanag\w* people\b|\b(train|training|mentor|mentoring|coach|coaching|supervis\w*) (people|others|staff|new|junior|a team|the team)\b/.test(
        t,
      )
    )
      return { ask: 'show', quality: 'leadership', target: null, goal: null };
    if (/\bteam\w*\b|\bcollaborat\w*/.test(t)) return { ask: 'show', quality: 'teamwork', target: null, goal: null };
    if (/\bown\w*\b|\binitiative\b|\bend to end\b/.test(t))
      return { ask: 'show', quality: 'ownership', target: null, goal: null };
  }
  if (
    /\b(fix|change|improve|do|tackle) first\b|\bwhere (do|should) i (start|begin)\b|\bpriorit|\btop (\d+ |three |few )?(fix|fixes|issues|problems|changes)\b|\b(biggest|main|most important) (fix|fixes|issue|issues|problem|problems|change|changes)\b/.test(
      t,
    )
  )
    return { ask: 'priorities', ...none };
  if (PERSONAL.test(t) && !/\b(project|bullet)\b/.test(t)) return { ask: 'personal', ...none };
  // "is 2 pages ok": the length, not a judgement of some line.
  if (/\b(pages?|length)\b/.test(t) && !/\b(bullet|line|point|section)\b/.test(t)) {
    const { intent } = classifyIntent(raw);
    if (intent === 'length') return { ask: 'length', ...none };
  }
  // "is <line> a good bullet": a judgement, whatever words the line holds ("Cut stock …" asks for no cut).
  if (/\b(is|are) .+ (a |an )?(good|strong|ok|okay|fine|weak|bad|decent) (bullet|line|point)s?\b/.test(t))
    return { ask: 'judge', ...none };
  if (
    (/\bcertif\w*|\blicen[cs]e\w*|\bexams?\b|\bcerts?\b|\bcredential\w*|\bregistration\b/.test(t) ||
      CERT_NAMES.test(t)) &&
    !/\bwhy\b/.test(t) &&
    // "should i list the CSWP", "is the TWIC worth keeping": keep or drop that line.
    !(KEEP.test(t) && !/\b(where|section|top|bottom|order|first|higher|lower)\b/.test(t))
  )
    return { ask: 'certs', ...none };
  if (/\binterests?\b|\bhobb(y|ies)\b/.test(t)) return { ask: 'interests', ...none };
  if (KEEP.test(t)) return { ask: 'keep', ...none };
  if (
    /\b(weakest|worst) (bullets|lines|points|ones)\b|\bwhich (bullets|lines) (are|is) (the )?(weak|weakest|worst)\b/.test(
      t,
    )
  )
    return { ask: 'review', ...none };
  if (
    /\b(is|would|does) (this|it|that) (be )?(better|good|ok|okay|fine|work|strong)\b|\bhow about\b|\bwhat do you think\b|\bwould this work\b|\bjudge\b|\brate (this|my|it)\b|\bthoughts on\b|\bweakest\b|\bgood enough\b|\bany good\b|\bis (this|the|my|it) [a-z ]*(good|ok|okay|fine|strong|weak|bad|vague|right)\b|\b(good|ok|okay|fine|weak|vague)( (right|enough))?\W*$|\btoo vague\b|\bhows\b|\bhow is\b|\b(cringe|cringey|cringy|cheesy|corny|cliche|cliched|awkward|unprofessional|impressive|overkill|too much)\b/.test(
      t,
    )
  )
    return { ask: 'judge', ...none };
  if (
    /\b(rewrite|re write|reword|rephrase|fix|improve|better|stronger|beef|strengthen|polish|stand out|sound (more|better))\b|\bhow (would|should|could|do|can) (you|u|i) (write|put|say) (it|this|that|this one|that one|them)\b|\bhow (would|should|could|do|can) (you|u|i) (word|phrase|reword|rephrase)\b|\bwrite (it|this|that) (for me|better|again)\b/.test(
      t,
    )
  )
    return { ask: 'rewrite', ...none };
  if (/\bquantif\w*|\bnumbers?\b|\bmetrics?\b|\bmeasur\w*/.test(t)) return { ask: 'quantify', ...none };
  if (
    /\bwhat'?s? (is )?(wrong|weak|missing)\b|\bwhats (wrong|weak)\b|\banything (to fix|missing|wrong)\b|\bneeds? work\b|\bwhat (should|can|do) i (change|fix|improve)\b|\bwhat (would|should|could) (you|u) (change|fix|improve)\b|\bwhat to fix\b/.test(
      `${t} ${r}`,
    )
  )
    return { ask: 'review', ...none };
  const { intent, rule } = classifyIntent(raw);
  return { ask: intent, ...none, rule };
}
