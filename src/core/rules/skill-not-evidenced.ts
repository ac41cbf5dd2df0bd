import type { Rule } from './types.js';
import { proseLines } from '../roles/coverage.js';
import { plural } from './support/fix.js';
import { bulletsOf, makeFinding } from './support/scope.js';
import { splitSkills } from './support/skills.js';
import { equivalentsOf, keepsCase } from '../text/aliases.js';
import { TextIndex, compileMatcher, type TermMatcher } from '../text/terms.js';
import { FamilyIndex } from '../text/word-family.js';

/** Tools nearly everyone lists and nobody writes a bullet about. */
const UBIQUITOUS = new Set([
  'git',
  'github',
  'gitlab',
  'bitbucket',
  'linux',
  'unix',
  'macos',
  'windows',
  'jira',
  'confluence',
  'trello',
  'notion',
  'slack',
  'vs code',
  'vscode',
  'visual studio code',
  'intellij',
  'pycharm',
  'eclipse',
  'vim',
  'emacs',
  'bash',
  'shell',
  'zsh',
  'terminal',
  'excel',
  'microsoft word',
  'powerpoint',
  'microsoft office',
  'ms office',
  'google workspace',
  'g suite',
  'outlook',
  'agile',
  'scrum',
  'kanban',
  'communication',
  'teamwork',
  'leadership',
  'problem solving',
  'problem-solving',
  'time management',
  'critical thinking',
  'public speaking',
  'attention to detail',
  'postman',
  'npm',
  'yarn',
  'pip',
  'markdown',
  'latex',
  'json',
  'yaml',
  'xml',
  'html',
  'css',
]);

const SPOKEN =
  /^(english|spanish|french|german|italian|portuguese|mandarin|chinese|cantonese|japanese|korean|hindi|arabic|russian|dutch|polish|turkish|urdu|bengali|tamil|telugu|vietnamese|thai|swedish|norwegian|danish|finnish|greek|hebrew|ukrainian|romanian|czech|hungarian|indonesian|malay|tagalog|swahili|persian|farsi)\b|\b(native|fluent|bilingual|proficient|conversational|intermediate|beginner|basic)\b|\(\s*[abc][12]\s*\)/i;

/** Skill names that are also everyday words: matched with the case as written ("Go" ≠ "go live"). */
const ENGLISH_WORDS = new Set([
  'go',
  'swift',
  'rust',
  'spring',
  'express',
  'dart',
  'julia',
  'elm',
  'chef',
  'puppet',
  'ant',
  'gin',
  'echo',
  'jest',
  'mocha',
  'less',
  'ember',
  'meteor',
  'backbone',
  'bootstrap',
  'flutter',
  'ionic',
  'unity',
  'spark',
  'hive',
  'pig',
  'storm',
  'beam',
  'presto',
  'crystal',
  'scheme',
  'make',
  'r',
  'c',
  'd',
  'vue',
  'next',
  'nest',
  'deno',
  'bun',
]);

function alternatives(skill: string): string[] {
  const main = skill.replace(/\s*[([].*$/, '').trim();
  const inner = /[([]([^)\]]*)[)\]]/.exec(skill)?.[1] ?? '';
  const parts = [main, ...inner.split(/[,;/]/).map((s) => s.trim())].filter((s) => s.length > 0);
  const out = new Set(parts);
  for (const p of parts) {
    for (const a of equivalentsOf(p)) out.add(a);
    // "webhooks" is used as "webhook service".
    if (/[a-z]{3}s$/.test(p) && !/ss$/.test(p)) out.add(p.slice(0, -1));
  }
  return [...out];
}

const matcherCache = new Map<string, TermMatcher>();

/** Skill names that are everyday words or one or two letters keep their case ("Go", "R", "C"). */
const matchCase = (name: string): boolean =>
  name.length <= 2 || ENGLISH_WORDS.has(name.toLowerCase()) || keepsCase(name);

function matcherFor(skill: string): TermMatcher {
  let m = matcherCache.get(skill);
  if (!m) {
    m = compileMatcher(alternatives(skill), { caseSensitive: matchCase });
    matcherCache.set(skill, m);
  }
  return m;
}

/** True when the skill (or a well-known equivalent) appears in the text. */
export function skillUsedIn(skill: string, text: string | TextIndex): boolean {
  return matcherFor(skill).test(typeof text === 'string' ? new TextIndex(text) : text);
}

/** A group label glued to the first skill when the PDF lost the colon: "Languages golang", "Databases – SQL". */
const LEADING_LABEL =
  /^(?:(?:programming|technical|soft|other)\s+)?(?:languages?|technolog(?:y|ies)|concepts|databases?|web|devops|software|programming|frameworks?|platforms?|tools?|cloud|libraries|experience(?:d)?\s+with|expert\s+in|strengths\s+include|proficient\s+in|familiar\s+with|knowledge\s+of)\s*[–—:-]?\s+(?=\S)/i;

/** The skill as a reader sees it: leading label words and stray quote marks removed (still a verbatim substring). */
export function cleanSkill(token: string): string {
  return token
    .replace(/^[^\p{L}\p{N}.#+]+/u, '')
    .replace(LEADING_LABEL, '')
    .trim();
}

const SOFT_SKILL =
  /\b(skills?|abilit(?:y|ies)|adaptab\w*|communicat\w*|collaborat\w*|organi[sz]ation\w*|resilien\w*|persisten\w*|curiosity|thinker|thinking|prioriti\w*|coordinat\w*|teamwork|leadership|problem[-\s]solving|creativ\w*|interpersonal|management|punctual\w*|flexib\w*|empath\w*|negotiat\w*|presentation|multitask\w*|work ethic|enjoy|understanding|analyzing|analysing|automating|troubleshooting|mentoring)\b/i;
const LEVEL_WORD =
  /^(experienced|intermediate|intermidiate|advanced|beginner|basic|proficient|familiar|expert|native|fluent|working knowledge)$/i;
const GENERIC = new Set([
  'tools',
  'development',
  'devices',
  'design',
  'testing',
  'data',
  'web',
  'software',
  'hardware',
  'programming',
  'analysis',
  'research',
  'other',
  'word',
  'lab equipment',
  'databases',
  'frameworks',
  'libraries',
  'cloud',
]);

function worthChecking(skill: string): boolean {
  const main = skill.replace(/\s*[([].*$/, '').trim();
  if (main.length < 1 || main.split(/\s+/).length > 4) return false;
  const lower = main.toLowerCase();
  if (
    UBIQUITOUS.has(lower) ||
    GENERIC.has(lower) ||
    SPOKEN.test(skill) ||
    SOFT_SKILL.test(main) ||
    LEVEL_WORD.test(main)
  )
    return false;
  // "Windows XP/7/10", "Linux/Unix": an everyday platform with versions or variants.
  const first = lower.split(/[\s/]+/)[0] ?? '';
  if (UBIQUITOUS.has(first) && lower.split(/[\s/]+/).every((p) => UBIQUITOUS.has(p) || /^[\dxp.-]+$/.test(p)))
    return false;
  return /[\p{L}]/u.test(main);
}

/**
 * "IV therapy" shown by "Administer IV medication": an acronym with one lower-case word names the field by
 * its acronym, which the prose uses (case as written). Not "AWS Lambda": a capitalised second word is a product.
 */
function acronymShown(skill: string, prose: TextIndex): boolean {
  const m = /^([A-Z]{2,5})\s+[a-z][a-z-]+$/.exec(skill.trim());
  return m?.[1] !== undefined && prose.exact.includes(m[1]);
}

/** At most this many findings: past it, the list itself is the problem and the last finding says how many more. */
export const MAX_SKILL_FINDINGS = 10;

export const skillNotEvidenced: Rule = {
  id: 'skill-not-evidenced',
  description:
    'A skill in the skills list that no bullet, summary, project or other line of prose (or certification) ever uses.',
  why: 'A listed skill with no bullet behind it is a keyword, not evidence; reviewers look for where you used it.',
  label: 'Skill never shown in a bullet',
  askedAs: ['not evidenced'],
  fix: (f) => {
    const names = f.map((x) => x.evidence).filter((e): e is string => Boolean(e));
    const shown = names.slice(0, 4).join(', ');
    return `Show ${plural(names.length || f.length, 'listed skill')} in a bullet or drop ${names.length === 1 ? 'it' : 'them'}${shown ? ` (${shown}${names.length > 4 ? ', …' : ''})` : ''}`;
  },
  check({ resume, role }) {
    if (bulletsOf(resume, ['experience', 'projects']).length < 3) return [];
    const relevant = new Set(
      [...role.vocabulary, ...role.skillGroups.flatMap((g) => g.examples)].map((t) => t.toLowerCase()),
    );
    // Evidence is every line of the user's own prose (bullets, summary, projects, volunteering …), and a
    // certification in that skill ("HashiCorp Certified: Terraform Associate").
    const certified = resume.sections
      .filter((s) => s.kind === 'certifications')
      .flatMap((s) => [...s.lines, ...s.items]);
    const proseList = [...proseLines(resume), ...certified];
    const prose = new TextIndex(proseList.join('\n'));
    // Built on first need: most skills match as written.
    let familyIndex: FamilyIndex | undefined;
    const families = (): FamilyIndex => {
      familyIndex ??= new FamilyIndex(proseList);
      return familyIndex;
    };
    const unused: Array<{ skill: string; sectionIndex: number }> = [];
    const seen = new Set<string>();
    resume.sections.forEach((section, sectionIndex) => {
      if (section.kind !== 'skills') return;
      const rows = section.items.length > 0 ? section.items : section.lines;
      for (const row of rows) {
        for (const token of splitSkills(row)) {
          const skill = cleanSkill(token);
          const key = skill.toLowerCase();
          if (skill.length === 0 || seen.has(key) || !worthChecking(skill)) continue;
          seen.add(key);
          // A phrase skill may be shown in another order or form ("patient counselling" → "Counsel patients").
          const shownSomewhere =
            skillUsedIn(skill, prose) ||
            (!matchCase(skill) && families().lineWith(skill) !== undefined) ||
            acronymShown(skill, prose);
          if (!shownSomewhere) unused.push({ skill, sectionIndex });
        }
      }
    });
    // The skills the target role cares about first, then list order.
    const ranked = unused
      .map((u, i) => ({ ...u, i, rel: relevant.has(u.skill.replace(/\s*[([].*$/, '').toLowerCase()) ? 0 : 1 }))
      .sort((a, b) => a.rel - b.rel || a.i - b.i);
    const shown = ranked.slice(0, MAX_SKILL_FINDINGS);
    const more = ranked.length - shown.length;
    return shown.map(({ skill, sectionIndex }, k) =>
      makeFinding(
        'skill-not-evidenced',
        {
          severity: 'low',
          message: `"${skill}" is listed as a skill, but no bullet shows where you used it.${k === shown.length - 1 && more > 0 ? ` (${more} more listed skills are not used in any bullet either.)` : ''}`,
          evidence: skill,
          suggestion: `Name ${skill.replace(/\s*[([].*$/, '')} in the bullet where you used it (what you built with it and the result), or drop it if it is not one of your strengths.`,
        },
        { sectionIndex },
      ),
    );
  },
};
