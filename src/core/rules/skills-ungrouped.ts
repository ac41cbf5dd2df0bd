import type { Rule } from './types.js';
import { makeFinding } from './support/scope.js';
import { splitSkills } from './support/skills.js';

/** A flat list longer than this is hard to scan without groups. */
export const FLAT_LIST_LIMIT = 12;

const GROUP_LABEL = /^\s*[\p{L}][\p{L}\p{N} &/+.()-]{1,40}:\s*\S/u;
/** A group named without a colon, as PDFs often render a bold label: "Frameworks & Platforms .NET, React". */
const GROUP_WORD =
  /^\s*(programming\s+|technical\s+|soft\s+)?(languages?|frameworks?|platforms?|technolog(y|ies)|tools?|concepts|databases?|cloud|libraries|proficient|familiar|experience(d)?\s+with|advanced|intermediate|basic|skills|storage|infrastructure|testing|devops|data|web|mobile|back-?end|front-?end|other|methodolog(y|ies)|operating\s+systems|design|certifications?)\b/i;

export const skillsUngrouped: Rule = {
  id: 'skills-ungrouped',
  description: 'A long skills list with no groups (languages, frameworks, storage, tools …).',
  why: 'A reviewer scans skills for a few specific things; labelled groups let them find them in seconds.',
  label: 'Skills not grouped',
  askedAs: ['ungrouped', 'skills ungrouped'],
  fix: () => 'Group the skills list (languages, frameworks, storage, tools) so it scans in seconds',
  check({ resume, role }) {
    const skillSections = resume.sections.map((s, i) => ({ s, i })).filter(({ s }) => s.kind === 'skills');
    // Several skills sections (e.g. "Languages", "Tools") are groups already.
    const only = skillSections[0];
    if (!only || skillSections.length !== 1) return [];
    const { s: section, i: sectionIndex } = only;
    const rows = section.items.length > 0 ? section.items : section.lines;
    // "Languages: Go, Java" rows, or a short label row followed by a list row.
    const labelled = rows.filter(
      (r, k) =>
        GROUP_LABEL.test(r) ||
        GROUP_WORD.test(r) ||
        (splitSkills(r).length === 1 &&
          r.trim().split(/\s+/).length <= 3 &&
          splitSkills(rows[k + 1] ?? '').length >= 2),
    ).length;
    if (labelled >= 2) return [];
    const count = rows.reduce((n, r) => n + splitSkills(r).length, 0);
    if (count <= FLAT_LIST_LIMIT) return [];
    const longest = rows.reduce((a, b) => (b.length > a.length ? b : a), '');
    const groups = role.skillGroups
      .map((g) => g.label)
      .slice(0, 5)
      .join(', ');
    return [
      makeFinding(
        'skills-ungrouped',
        {
          severity: 'medium',
          message: `${count} skills in one flat list: a reader has to read all of them to find the ones they care about.`,
          evidence: longest,
          suggestion: `Group them on labelled lines${groups ? ` (e.g. ${groups})` : ''}, most relevant first.`,
        },
        { sectionIndex },
      ),
    ];
  },
};
