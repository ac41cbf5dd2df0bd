/**
 * Judging one answer against its label: on topic, grounded, helpless, and the false statements a
 * program can find (quotes that are not the user's, invented numbers, the wrong entry named).
 */
import type { Block, ReplyMessage } from '../../src/core/reply/types.js';
import { cueRegex, type Pair } from './labels.js';

export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/[^a-z0-9%£$+#]+/g, ' ')
    .trim();
}

export function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
    case 'context':
      return block.text;
    case 'list':
      return block.items.join('\n');
    case 'finding':
      return [block.title, block.evidence ?? '', block.suggestion ?? ''].join('\n');
    case 'rewrite':
      return `Before: ${block.before}\nAfter: ${block.after}\n${block.note ?? ''}`;
    case 'fields':
      return block.fields.map((f) => `${f.label}: ${f.value}`).join('\n');
    case 'divider':
      return '';
  }
}

export function messageText(message: ReplyMessage): string {
  return [message.title, ...message.blocks.map(blockText)].join('\n');
}

/** True when `line` appears in `text` verbatim or nearly (≥ 85% of its words in order, in a short window). */
export function containsNear(text: string, line: string): boolean {
  const hay = normalize(text);
  const needle = normalize(line);
  if (needle.length === 0) return false;
  if (hay.includes(needle)) return true;
  const want = needle.split(' ');
  const have = hay.split(' ');
  const span = want.length + 3;
  for (let start = 0; start < have.length; start++) {
    if (have[start] !== want[0] && have[start] !== want[1]) continue;
    const window = have.slice(start, start + span);
    let j = 0;
    let hit = 0;
    for (const w of window) {
      const k = want.indexOf(w, j);
      if (k >= 0) {
        hit++;
        j = k + 1;
      }
    }
    if (hit / want.length >= 0.85) return true;
  }
  return false;
}

const HELPLESS = /can't help|cannot help|outside what i know/i;

export function isHelpless(message: ReplyMessage): boolean {
  return HELPLESS.test(messageText(message));
}

/** The user's lines an answer presents as theirs (quotes, rewrite "before", finding evidence). */
export function quotedLines(message: ReplyMessage): string[] {
  const out: string[] = [];
  for (const b of message.blocks) {
    if (b.type === 'quote') out.push(b.text);
    if (b.type === 'rewrite') out.push(b.before);
    if (b.type === 'finding' && b.evidence) out.push(b.evidence);
  }
  return out;
}

const NUMBER = /\d+(?:[.,]\d+)*/g;
const EXAMPLE_MARK = /(e\.g\.|for example|such as|like|say|example|i\.e\.)[^.]{0,40}$/i;

export interface FalseStatement {
  kind: 'quote' | 'number' | 'entry' | 'quoted-phrase';
  text: string;
}

export function falseStatements(
  message: ReplyMessage,
  resume: string,
  question: string,
  pair: Pair,
  organizations: readonly string[],
): FalseStatement[] {
  const out: FalseStatement[] = [];
  const source = `${resume}\n${question}`;
  for (const line of quotedLines(message)) {
    if (!containsNear(source, line)) out.push({ kind: 'quote', text: line });
  }
  const sourceNumbers = new Set((source.match(NUMBER) ?? []).map((n) => n.replace(/,/g, '')));
  for (const b of message.blocks) {
    if (b.type !== 'rewrite') continue;
    // A percentile's name ("p99 latency") is a metric the placeholder measures, not a number claimed.
    const outside = b.after.replace(/\[[^\]]*\]/g, ' ').replace(/\bp(?:50|75|90|95|99|999)\b/gi, ' ');
    for (const n of outside.match(NUMBER) ?? []) {
      if (!sourceNumbers.has(n.replace(/,/g, ''))) out.push({ kind: 'number', text: `${n} in "${b.after}"` });
    }
  }
  for (const b of message.blocks) {
    if (b.type !== 'paragraph' && b.type !== 'list' && b.type !== 'context') continue;
    const text = blockText(b);
    // Quotes pair in order ("I" … "was made by" is two quotes, not one from the first closing mark).
    for (const m of text.matchAll(/["“]([^"”]*)["”]/g)) {
      const phrase = m[1]!;
      if (phrase.length < 3) continue;
      // An example question the bot suggests ("what does weak-opening mean?") is not a claim about the resume.
      if (phrase.split(/\s+/).length < 4 || phrase.includes('[') || phrase.trim().endsWith('?')) continue;
      if (EXAMPLE_MARK.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
      if (!containsNear(source, phrase)) out.push({ kind: 'quoted-phrase', text: phrase });
    }
  }
  const target = pair.about?.entry;
  if (target) {
    const text = normalize(message.title);
    const named = organizations.filter((o) => text.includes(normalize(o)));
    const same = (o: string) => normalize(o).includes(normalize(target)) || normalize(target).includes(normalize(o));
    if (named.length > 0 && !named.some(same))
      out.push({ kind: 'entry', text: `titled ${named.join(', ')} instead of ${target}` });
  }
  return out;
}

export interface Verdict {
  onTopic: boolean;
  grounded: boolean | null;
  helpless: boolean;
  empty: boolean;
  why: string[];
}

export interface JudgeContext {
  /** For an entry referent: its title (either the organization or the title counts). */
  entryTitle: string | null;
  /** For a section referent: the section's heading as written. */
  sectionHeading: string | null;
  /** Lines the previous answer quoted (for `fresh`). */
  previousQuoted: readonly string[];
}

export function judge(pair: Pair, message: ReplyMessage, ctx: JudgeContext): Verdict {
  const text = messageText(message);
  const why: string[] = [];
  const empty = message.blocks.length === 0 || normalize(text.replace(message.title, '')).length === 0;
  const helpless = isHelpless(message);
  if (pair.out) {
    if (!helpless) why.push('out of scope but answered');
    return { onTopic: helpless, grounded: null, helpless: false, empty, why };
  }
  if (empty) why.push('empty answer');
  if (helpless) why.push('helpless');
  const about = pair.about ?? {};
  if (about.bullet && !containsNear(text, about.bullet)) why.push('bullet not named');
  if (about.entry) {
    const names = [about.entry, ctx.entryTitle].filter((n): n is string => !!n);
    if (!names.some((n) => normalize(text).includes(normalize(n)))) why.push('entry not named');
  }
  if (about.section) {
    const words = [about.section, ctx.sectionHeading ?? ''].filter((w) => w.length > 0).map(normalize);
    const aliases: Record<string, string[]> = {
      summary: ['summary', 'profile', 'objective'],
      certifications: ['certification', 'licen', 'exam'],
      interests: ['interest', 'hobb'],
      experience: ['experience'],
      projects: ['project'],
      skills: ['skill'],
      education: ['education'],
    };
    const all = [...words, ...(aliases[about.section] ?? [])];
    if (!all.some((w) => normalize(text).includes(w))) why.push('section not named');
  }
  const cues = pair.cues ?? [];
  const addressed = (c: string) => cueRegex(c).test(text);
  if (cues.length > 0 && !(pair.all ? cues.every(addressed) : cues.some(addressed))) why.push('ask not addressed');
  if (pair.fresh) {
    const now = quotedLines(message).map(normalize);
    const before = new Set(ctx.previousQuoted.map(normalize));
    const none = /no more|nothing left|that'?s all|all of them|none left|every (one|bullet)/i.test(text);
    if (!none && !now.some((l) => !before.has(l))) why.push('nothing new after "more"');
  }
  const ground = pair.ground ?? [];
  const grounded = ground.length === 0 ? null : ground.some((g) => containsNear(text, g));
  const onTopic = why.length === 0;
  if (grounded === false) why.push('not grounded');
  return { onTopic, grounded, helpless, empty, why };
}
