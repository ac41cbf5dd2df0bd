/** Personal details (date of birth, marital status, gender, photo, ID numbers): what the user has and whether to keep it. */
import type { Block, ReplyMessage } from '../../reply/types.js';
import { answer, type ReportView, sectionName } from './view.js';

/** The personal-details findings, each with the section it sits in. */
function personalLines(report: ReportView): { line: string; where: string }[] {
  const out: { line: string; where: string }[] = [];
  for (const s of report.sections)
    for (const f of s.findings)
      if (f.rule === 'personal-details' && f.evidence) out.push({ line: f.evidence, where: sectionName(s) });
  for (const f of report.findings)
    if (f.rule === 'personal-details' && f.evidence && !out.some((o) => o.line === f.evidence))
      out.push({ line: f.evidence, where: 'your resume' });
  return out;
}

export function personalDetailsAnswer(report: ReportView): ReplyMessage {
  const found = personalLines(report);
  const blocks: Block[] = [];
  if (found.length > 0) {
    const where = [...new Set(found.map((f) => f.where))].join(', ');
    blocks.push({ type: 'paragraph', text: `Remove these (in ${where}):` });
    for (const f of found.slice(0, 6)) blocks.push({ type: 'quote', text: f.line });
    blocks.push({
      type: 'paragraph',
      text: 'A reviewer does not need them to judge your work, they can invite bias, and an ID number on a document you send around puts you at risk of identity theft. Use the space for a result instead.',
    });
  } else {
    blocks.push({
      type: 'paragraph',
      text: 'I found no date of birth, marital status, gender, photo or ID number on your resume: good, leave them off.',
    });
  }
  blocks.push({
    type: 'context',
    text: 'Some employers (in parts of Europe, Asia and the Middle East) still ask for a photo or date of birth: add one only when the posting asks for it. An ID number never belongs on a resume; give it to HR when they ask.',
  });
  return answer('Personal details', blocks, found.length > 0 ? 'medium' : 'ok');
}
