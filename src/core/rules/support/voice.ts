/** The profile's own words for rule messages: which verbs to show as examples, what to count. */
import type { RoleProfile } from '../../roles/types.js';

/** "Cared, Treated, Assessed, Led": the field's action verbs, skipping those the user already overuses. */
export function verbExamples(role: RoleProfile, n = 4, skip: readonly string[] = []): string {
  const lower = new Set(skip.map((s) => s.toLowerCase()));
  return role.voice.verbs
    .filter((v) => !lower.has(v.toLowerCase()))
    .slice(0, n)
    .join(', ');
}

/** What a bullet of this field can count ("patients per shift or day, ward size, …"). */
export function whatToCount(role: RoleProfile): string {
  return role.voice.quantify;
}

/** Two of the field's own placeholders, for "a placeholder you fill in (…)": '"[N] patients a shift", "[X]% fewer errors"'. */
export function placeholderExample(role: RoleProfile): string {
  const parts = role.pillars.flatMap((p) => p.placeholder.split(/\s*\/\s*/)).filter((p) => /\[[^\]]+\]/.test(p));
  const chosen = parts.length >= 2 ? parts.slice(0, 2) : ['[N] …', '[X]% …'];
  return chosen.map((p) => `"${p}"`).join(', ');
}
