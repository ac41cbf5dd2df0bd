/**
 * The job-description match against the review in this conversation, computed on the spot (the review
 * may predate the /jd): which required terms the resume shows, which it misses, which sit only in skills.
 */
import type { Block, ReplyMessage } from '../../reply/types.js';
import type { JobMatch } from '../../report/schema.js';
import type { Resume, Section } from '../../resume/types.js';
import { matchJobDescription } from '../../review/match.js';
import { answer, type ReportView } from './view.js';

/** The parts of the resume model the matcher reads, rebuilt from the stored report. */
function resumeOf(report: ReportView): Resume {
  const sections: Section[] = report.sections.map((s) => ({
    kind: s.kind as Section['kind'],
    heading: s.heading,
    lines: s.lines ?? [],
    items: s.items ?? [],
    entries: (s.entries ?? []).map((e) => ({
      title: e.title ?? null,
      organization: e.organization ?? null,
      location: null,
      start: e.start ?? null,
      end: e.end ?? null,
      dateText: e.dateText ?? null,
      bullets: e.bullets ?? [],
      lines: [],
    })),
  }));
  const text = sections
    .flatMap((s) => [
      s.heading ?? '',
      ...s.lines,
      ...s.items,
      ...s.entries.flatMap((e) => [e.title ?? '', e.organization ?? '', ...e.bullets]),
    ])
    .join('\n');
  return {
    contact: { name: null, email: null, phone: null, location: null, links: [] },
    sections,
    text,
    source: {
      format: 'text',
      fileName: null,
      pages: null,
      pagesAnalysed: null,
      truncated: false,
      bytes: null,
      words: report.file.words,
    },
  };
}

export function matchReport(report: ReportView, jobDescription: string): JobMatch {
  return matchJobDescription(jobDescription, resumeOf(report));
}

export function matchAnswer(report: ReportView, jobDescription: string | null): ReplyMessage {
  if (!jobDescription) {
    return answer('Matching a job', [
      {
        type: 'paragraph',
        text: 'I have no job description from you yet. Paste it with /jd (e.g. "/jd We are hiring…") and I will compare it with this resume at once: which of its terms you cover, which are missing, and which appear only in your skills list.',
      },
      {
        type: 'context',
        text: 'Tailoring means reordering and rewording what is true, not adding skills you do not have.',
      },
    ]);
  }
  const m = matchReport(report, jobDescription);
  const blocks: Block[] = [];
  if (m.terms === 0) {
    blocks.push({
      type: 'paragraph',
      text: 'I recognised no skills, tools or requirements in that text, so I cannot give a match percentage. Paste the requirements part of the posting (the list of what they ask for) and I will compare it with your resume.',
    });
    return answer('Match with this job', blocks, 'medium');
  }
  blocks.push({
    type: 'fields',
    fields: [
      { label: 'Match', value: `${m.percent}%` },
      { label: 'Required terms covered', value: `${m.found.length} of ${m.found.length + m.missing.length}` },
    ],
  });
  if (m.missing.length > 0) {
    blocks.push({
      type: 'paragraph',
      text: 'Missing — the posting asks for these and your resume never mentions them. Add the ones you really have, in a bullet that shows them in use:',
    });
    blocks.push({ type: 'list', items: m.missing.slice(0, 12) });
  } else blocks.push({ type: 'paragraph', text: 'You cover every required term I recognised.' });
  if (m.found.length > 0) blocks.push({ type: 'context', text: `Covered: ${m.found.slice(0, 12).join(', ')}.` });
  if (m.skillsOnly.length > 0)
    blocks.push({
      type: 'context',
      text: `Only in your skills list, never in a bullet: ${m.skillsOnly.slice(0, 8).join(', ')} — show them in use.`,
    });
  if (m.preferred.missing.length > 0)
    blocks.push({ type: 'context', text: `Nice to have, not shown: ${m.preferred.missing.slice(0, 8).join(', ')}.` });
  return answer('Match with this job', blocks, m.percent >= 70 ? 'ok' : 'medium');
}
