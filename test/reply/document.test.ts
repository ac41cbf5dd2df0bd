import { describe, it, expect } from 'vitest';
import { extractPastedText } from '../../src/core/extract/index.js';
import { parseResume } from '../../src/core/resume/index.js';
import { reviewResume } from '../../src/core/review/index.js';
import {
  MAX_BULLETS_PER_SECTION,
  buildReviewDocument,
  renderPlainText,
  sectionLabel,
  toneOf,
} from '../../src/core/reply/index.js';
import type { Block, ReplyMessage } from '../../src/core/reply/index.js';
import { STRONG_BACKEND_RESUME, WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';

const NOW = new Date('2025-06-01T00:00:00Z');
/** The pipeline's order: review first, then the document built from it. */
const reviewOf = (lines: readonly string[], jd: string | null = null) => {
  const review = reviewResume(parseResume(extractPastedText(lines.join('\n'))), { now: NOW, jobDescription: jd });
  return { ...review, document: buildReviewDocument(review) };
};
const weak = reviewOf(WEAK_BACKEND_RESUME);
const strong = reviewOf(STRONG_BACKEND_RESUME);

function blocksOf(m: ReplyMessage | undefined, type: Block['type']): Block[] {
  return (m?.blocks ?? []).filter((b) => b.type === type);
}

describe('buildReviewDocument', () => {
  it('starts with the summary, then one section message per section in document order', () => {
    const [summary, ...sections] = weak.document.messages;
    expect(summary?.kind).toBe('summary');
    expect(sections.map((m) => m.kind)).toEqual(weak.resume.sections.map(() => 'section'));
    expect(sections.map((m) => m.section)).toEqual(
      weak.resume.sections.map((s, index) => ({ index, kind: s.kind, heading: s.heading })),
    );
  });

  it('puts the score, the role with how it was chosen, and the top three fixes in the summary', () => {
    const summary = weak.document.messages[0];
    expect(summary?.title).toContain(`${weak.report.score}/100`);
    const fields = blocksOf(summary, 'fields')[0];
    expect(JSON.stringify(fields)).toMatch(/Backend engineer \(detected, \d+% sure\)/);
    const list = blocksOf(summary, 'list').find((b) => b.type === 'list' && b.ordered);
    expect(list?.type === 'list' ? list.items : []).toEqual(weak.report.summary?.topFixes);
    expect(list?.type === 'list' ? list.items.length : 0).toBe(3);
  });

  it('says once, politely, that the coaching is in English for a resume in another language', () => {
    const resume = parseResume(
      extractPastedText(
        [
          'Anna Beispiel',
          'anna.beispiel@example.com',
          'BERUFSERFAHRUNG',
          '03.2017-10.2020 Gesundheits- und Krankenpflegerin, Klinikum Nord',
          'AUSBILDUNG',
          '2010-2013 Ausbildung zur Pflegefachkraft, Berufsfachschule',
        ].join('\n'),
      ),
    );
    expect(resume.language).toBe('de');
    const text = JSON.stringify(buildReviewDocument(reviewResume(resume, { now: NOW })).messages);
    expect(text.match(/written in German/g)).toHaveLength(1);
    expect(text).toContain('coaching is in English');
    expect(JSON.stringify(weak.document.messages)).not.toContain('coaching is in English');
  });

  it('says when only some pages were read', () => {
    const resume = parseResume(extractPastedText(WEAK_BACKEND_RESUME.join('\n')));
    const truncated = {
      ...resume,
      source: { ...resume.source, format: 'pdf' as const, pages: 6, pagesAnalysed: 4, truncated: true },
    };
    const summary = buildReviewDocument(reviewResume(truncated, { now: NOW })).messages[0];
    expect(blocksOf(summary, 'context').some((b) => b.type === 'context' && /first 4 of 6 pages/.test(b.text))).toBe(
      true,
    );
    expect(
      blocksOf(weak.document.messages[0], 'context').some((b) => b.type === 'context' && /pages/.test(b.text)),
    ).toBe(false);
  });

  it('shows each weak bullet once, with its findings and one rewrite', () => {
    const experience = weak.document.messages.find((m) => m.section?.kind === 'experience');
    const quotes = blocksOf(experience, 'quote').map((b) => (b.type === 'quote' ? b.text : ''));
    expect(new Set(quotes).size).toBe(quotes.length);
    expect(quotes).toContain('Responsible for the orders API');
    const rewrites = blocksOf(experience, 'rewrite');
    expect(rewrites.length).toBeGreaterThanOrEqual(5);
    const orders = rewrites.find((b) => b.type === 'rewrite' && b.before === 'Responsible for the orders API');
    expect(orders?.type === 'rewrite' && orders.after).toBe(
      'Owned the orders API: cut p99 latency from [X] ms to [Y] ms at [N] QPS by [how]',
    );
    expect(orders?.type === 'rewrite' && orders.note).toMatch(/Where to find the numbers/);
    expect(blocksOf(experience, 'finding').length).toBeGreaterThanOrEqual(rewrites.length);
  });

  it('gives each message the tone of its worst finding, ok when clean', () => {
    expect(weak.document.messages[0]?.tone).toBe('high');
    const education = strong.document.messages.find((m) => m.section?.kind === 'education');
    expect(education?.tone).toBe('ok');
    expect(blocksOf(education, 'paragraph').length).toBe(1);
    expect(toneOf(['low', 'medium', 'low'])).toBe('medium');
    expect(toneOf([])).toBe('ok');
  });

  it('collapses many findings of one rule into one block and a list', () => {
    const skills = weak.document.messages.find((m) => m.section?.kind === 'skills');
    const unused = blocksOf(skills, 'finding').filter((b) => b.type === 'finding' && b.rule === 'skill-not-evidenced');
    expect(unused).toHaveLength(1);
    expect(
      blocksOf(skills, 'context').some((b) => b.type === 'context' && /Same issue \d+ more times/.test(b.text)),
    ).toBe(true);
  });

  it('limits the bullets shown per section and says how many more there are', () => {
    const many = [
      ...WEAK_BACKEND_RESUME.slice(0, 9),
      ...Array.from({ length: 12 }, (_x, i) => `• Worked on internal module ${String.fromCharCode(65 + i)}`),
      ...WEAK_BACKEND_RESUME.slice(9),
    ];
    const experience = reviewOf(many).document.messages.find((m) => m.section?.kind === 'experience');
    expect(blocksOf(experience, 'quote').length).toBe(MAX_BULLETS_PER_SECTION);
    expect(blocksOf(experience, 'context').some((b) => b.type === 'context' && /more bullets here/.test(b.text))).toBe(
      true,
    );
  });

  it('adds the job-description match to the summary', () => {
    const summary = reviewOf(WEAK_BACKEND_RESUME, 'Requirements:\n- Go\n- GraphQL').document.messages[0];
    const text = JSON.stringify(summary);
    expect(text).toContain('Job description match');
    expect(text).toContain('50%');
    expect(text).toContain('GraphQL');
  });

  it('is rebuilt identically from the same review', () => {
    expect(buildReviewDocument(weak)).toEqual(weak.document);
  });

  it('holds plain text only: no Markdown or HTML markup in any string', () => {
    const strings = JSON.stringify(weak.document);
    expect(strings).not.toMatch(/\*\*|__|```|<\/?[a-z]+>|\]\(http/);
  });
});

describe('sectionLabel', () => {
  it('softens ALL CAPS headings and keeps others as written', () => {
    expect(sectionLabel('experience', 'WORK EXPERIENCE')).toBe('Work Experience');
    expect(sectionLabel('projects', 'Selected Projects')).toBe('Selected Projects');
    expect(sectionLabel('contact', null)).toBe('Contact');
  });
});

describe('renderPlainText', () => {
  it('renders the whole document: titles, fixes, findings and rewrites', () => {
    const text = renderPlainText(weak.document);
    expect(text).toContain(`== Resume review: ${weak.report.score}/100 ==`);
    expect(text).toContain('1. ');
    expect(text).toContain('[HIGH] "Responsible for" describes a duty, not a result');
    expect(text).toContain('after:  Owned the orders API');
    expect(text).toContain('> Responsible for the orders API');
    expect(text.split('\n== ').length).toBe(weak.document.messages.length);
  });

  it('renders one message on its own', () => {
    const msg = weak.document.messages[1];
    if (!msg) throw new Error('no section message');
    expect(renderPlainText(msg).startsWith(`== ${msg.title} ==`)).toBe(true);
  });
});

describe('coverage in the summary', () => {
  it('says which pillars are shown and what a missing one needs', () => {
    const summary = weak.document.messages[0];
    const coverage = summary?.blocks.find(
      (b) => b.type === 'fields' && b.fields.some((f) => f.label === 'Performance'),
    );
    const perf = coverage?.type === 'fields' ? coverage.fields.find((f) => f.label === 'Performance') : undefined;
    expect(perf?.value).toBe('missing: add a bullet with numbers like [X] ms p99 at [N] QPS');
    const storage = coverage?.type === 'fields' ? coverage.fields.find((f) => f.label === 'Storage') : undefined;
    expect(storage?.value).toBe('shown');
  });
});
