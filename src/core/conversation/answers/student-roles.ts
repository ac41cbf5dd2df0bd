/**
 * "does the TA count as experience", "is the research assistant thing a job or education": where a study-
 * time role (teaching or research assistant, tutor) belongs and what it counts for, quoting the user's line.
 */
import type { Block, ReplyMessage } from '../../reply/types.js';
import { NOT_A_JOB } from './experience.js';
import { BULLET_MARKED, entryLabel } from './outline.js';
import { answer, type ReportView, sectionName } from './view.js';

/** The question asks whether such a role counts or where it goes. */
export const STUDENT_ROLE_ASK =
  /\b(ta|teaching assistant|research assistant|graduate assistant|tutor|tutoring|ra)\b.*\b(count|counts|experience|job|work|education|belong|go|put|list)\b|\b(count|counts)\b.*\b(ta|teaching assistant|research assistant|tutor)\b/;

interface StudentRole {
  line: string;
  section: string;
  kind: string;
}

function studentRoles(report: ReportView): StudentRole[] {
  const out: StudentRole[] = [];
  for (const s of report.sections) {
    const fromEntries = (s.entries ?? []).map(entryLabel).filter((l) => NOT_A_JOB.test(l));
    const fromLines = (s.lines ?? []).filter((l) => NOT_A_JOB.test(l) && !BULLET_MARKED.test(l));
    for (const line of fromLines.length > 0 ? fromLines : fromEntries)
      out.push({ line, section: sectionName(s), kind: s.kind });
  }
  return out.filter((r) => !/\bstudent\b/i.test(r.line) || /assistant|tutor/i.test(r.line));
}

export function studentRoleAnswer(report: ReportView): ReplyMessage {
  const roles = studentRoles(report);
  const blocks: Block[] = [];
  if (roles.length > 0) {
    blocks.push({ type: 'paragraph', text: 'The line you mean, as it stands:' });
    for (const r of roles.slice(0, 2)) blocks.push({ type: 'quote', text: r.line });
    const under = roles[0]!.kind === 'education' ? `under ${roles[0]!.section}` : `in ${roles[0]!.section}`;
    blocks.push({
      type: 'paragraph',
      text: `It sits ${under}. A teaching or research assistant role held while studying is real work, but not years of professional experience: I do not count it in your years, and a reviewer will not either.`,
    });
  } else {
    blocks.push({
      type: 'paragraph',
      text: 'I found no teaching- or research-assistant line in your resume. Such a role held while studying is real work, but not years of professional experience.',
    });
  }
  blocks.push({
    type: 'list',
    items: [
      'Keep it under Education (one line under the degree) when the job is not about teaching or research; move it to Experience when it is, or when it is your strongest evidence.',
      'Either way, give it a result: how many students or sessions, what you ran, what improved (e.g. "[N] students a week, [what changed]").',
      'Do not add its years to a "[N] years of experience" line in your summary.',
    ],
  });
  return answer('Teaching and research assistant roles', blocks);
}
