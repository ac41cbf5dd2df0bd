/**
 * The review as a neutral reply document: a summary message, then one message per section with its
 * findings and rewrites. Plain text only; adapters decide how it looks.
 */
import { scoreCardOf } from '../card/from-report.js';
import type { Review } from '../review/types.js';
import { LOW_CONFIDENCE } from '../roles/detect.js';
import { getRoleProfile } from '../roles/registry.js';
import type { Finding } from '../rules/types.js';
import type { Block, ReplyDocument, ReplyMessage } from './types.js';
import { ruleLabel, sectionLabel, toneOf } from './labels.js';

/** Bullets shown per section message; the rest are summarised in one line. */
export const MAX_BULLETS_PER_SECTION = 8;

function roleValue({ role }: Review): string {
  if (role.source === 'requested') return `${role.label} (your choice)`;
  const other = role.runnerUp ? getRoleProfile(role.runnerUp.id) : null;
  const alternative = other ? `; closest other: ${other.label}, /role ${other.id}` : '';
  if (role.source === 'default')
    return `${role.label} (no clear field found: general checks. Pick yours with /role${alternative})`;
  if (role.confidence < LOW_CONFIDENCE)
    return `${role.label} (detected, only ${Math.round(role.confidence * 100)}% sure${alternative}. If neither fits, pick yours with /role)`;
  return `${role.label} (detected, ${Math.round(role.confidence * 100)}% sure)`;
}

function pagesNote(review: Review): string | null {
  const { pages, pagesAnalysed, truncated } = review.resume.source;
  if (!truncated || pages === null) return null;
  return `Only the first ${pagesAnalysed ?? '?'} of ${pages} pages were read; the rest was not reviewed.`;
}

/** Said once, for text read by OCR: what that means for the quotes, and which pages were hard to read. */
export function ocrNote(review: Review): string | null {
  const ocr = review.resume.source.ocr;
  if (!ocr) return null;
  const what = review.resume.source.format === 'image' ? 'a picture' : 'a scanned PDF';
  const low = ocr.lowConfidencePages;
  const pages =
    low.length === 0
      ? ''
      : ` ${low.length === 1 ? `Page ${low[0]} was` : `Pages ${low.join(', ')} were`} hard to read, so expect more mistakes there.`;
  return `I read this from ${what} by OCR, so the lines I quote may contain misreads: check the spelling of names, numbers, emails and links against your original.${pages} For the most exact review, send the original PDF or Word file.`;
}

const LANGUAGE_NAMES = { de: 'German', fr: 'French', es: 'Spanish', pt: 'Portuguese', zh: 'Chinese' } as const;

/** Said once, for a resume written in another language: the coaching is in English. */
function languageNote(review: Review): string | null {
  const language = review.resume.language;
  if (language === undefined || language === 'en') return null;
  return `Your resume looks like it is written in ${LANGUAGE_NAMES[language]}. Thank you for sharing it! For now the coaching is in English only, and the wording checks are tuned for English, so some of them may not fit your text.`;
}

function findingBlock(f: Finding, hideEvidence = false): Block {
  return {
    type: 'finding',
    severity: f.severity,
    rule: f.rule,
    title: f.message,
    evidence: hideEvidence ? null : f.evidence,
    suggestion: f.suggestion,
  };
}

/** Findings not tied to a bullet; many of one rule (e.g. 12 unused skills) collapse into one block and a list. */
export const GROUP_AFTER = 3;
function generalBlocks(findings: readonly Finding[]): Block[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const blocks: Block[] = [];
  for (const group of byRule.values()) {
    const [first, ...rest] = group;
    if (!first) continue;
    if (group.length <= GROUP_AFTER) {
      blocks.push(...group.map((f) => findingBlock(f)));
      continue;
    }
    blocks.push(findingBlock(first));
    const others = rest.map((f) => (f.evidence ? `"${f.evidence}"` : f.message));
    blocks.push({
      type: 'context',
      text: `Same issue ${rest.length} more time${rest.length === 1 ? '' : 's'}: ${others.join(', ')}`,
    });
  }
  return blocks;
}

function matchBlocks(review: Review): Block[] {
  const m = review.match;
  if (!m) return [];
  if (m.terms === 0) {
    return [
      { type: 'heading', text: 'Job description' },
      { type: 'paragraph', text: 'No skill or technology terms recognised in the job description.' },
    ];
  }
  const fields: { label: string; value: string }[] = [{ label: 'Match', value: `${m.percent}%` }];
  if (m.found.length) fields.push({ label: 'Found', value: m.found.join(', ') });
  if (m.missing.length) fields.push({ label: 'Missing', value: m.missing.join(', ') });
  if (m.preferred.missing.length)
    fields.push({ label: 'Nice to have, missing', value: m.preferred.missing.join(', ') });
  if (m.skillsOnly.length) fields.push({ label: 'Only in your skills list', value: m.skillsOnly.join(', ') });
  if (m.stuffed.length)
    fields.push({ label: 'Repeated too often', value: m.stuffed.map((s) => `${s.term} (${s.count}×)`).join(', ') });
  return [
    { type: 'heading', text: 'Job description match' },
    { type: 'fields', fields },
  ];
}

function coverageValue(review: Review, pillarId: string, covered: boolean): string {
  if (covered) return 'shown';
  const pillar = getRoleProfile(review.role.id).pillars.find((p) => p.id === pillarId);
  return pillar ? `missing: add a bullet with numbers like ${pillar.placeholder}` : 'missing';
}

export function summaryMessage(review: Review): ReplyMessage {
  const { report } = review;
  const fields = [
    { label: 'Score', value: `${report.score}/100` },
    { label: 'Role', value: roleValue(review) },
  ];
  const { pages } = review.resume.source;
  if (pages !== null) fields.push({ label: 'Pages', value: String(pages) });

  const blocks: Block[] = [{ type: 'fields', fields }];
  const note = pagesNote(review);
  if (note) blocks.push({ type: 'context', text: note });
  const ocr = ocrNote(review);
  if (ocr) blocks.push({ type: 'context', text: ocr });
  // Missing contact details may be OCR misreads (an @ read as ©, a digit as a letter), not absences.
  if (ocr && review.findings.some((f) => f.rule === 'missing-contact'))
    blocks.push({
      type: 'context',
      text: 'If your email, phone or link is on the page and I say it is missing, OCR may have misread it rather than it being missing: check it on your original.',
    });
  const language = languageNote(review);
  if (language) blocks.push({ type: 'context', text: language });

  const fixes = report.summary?.topFixes ?? [];
  if (fixes.length) blocks.push({ type: 'heading', text: 'Top fixes' }, { type: 'list', items: fixes, ordered: true });
  const strengths = report.summary?.strengths ?? [];
  if (strengths.length) blocks.push({ type: 'heading', text: 'Strengths' }, { type: 'list', items: strengths });

  if (review.coverage.length) {
    blocks.push(
      { type: 'heading', text: `What reviewers look for (${review.role.label})` },
      {
        type: 'fields',
        fields: review.coverage.map((c) => ({ label: c.label, value: coverageValue(review, c.id, c.covered) })),
      },
    );
  }
  const documentFindings = review.findings.filter((f) => f.sectionIndex === null && f.rule !== 'missing-pillar');
  if (documentFindings.length) {
    blocks.push({ type: 'heading', text: 'Across the resume' }, ...documentFindings.map((f) => findingBlock(f)));
  }
  blocks.push(...matchBlocks(review));
  blocks.push({
    type: 'context',
    text: 'Each section follows below. Ask about any of it, e.g. "how do I quantify this?"',
  });
  return {
    kind: 'summary',
    title: `Resume review: ${report.score}/100`,
    tone: toneOf(review.findings.map((f) => f.severity)),
    blocks,
    card: scoreCardOf(report),
  };
}

export function sectionMessage(review: Review, index: number): ReplyMessage {
  const section = review.resume.sections[index];
  if (!section) throw new Error(`no section ${index}`);
  const score = review.report.sections[index]?.score ?? null;
  const label = sectionLabel(section.kind, section.heading);
  const findings = review.findings.filter((f) => f.sectionIndex === index);
  const blocks: Block[] = [];

  const general = findings.filter((f) => f.bulletIndex === undefined || f.entryIndex === undefined);
  blocks.push(...generalBlocks(general));

  const bulletGroups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.bulletIndex === undefined || f.entryIndex === undefined) continue;
    const key = `${f.entryIndex}:${f.bulletIndex}`;
    bulletGroups.set(key, [...(bulletGroups.get(key) ?? []), f]);
  }
  let shown = 0;
  for (const [key, group] of bulletGroups) {
    if (shown >= MAX_BULLETS_PER_SECTION) break;
    shown += 1;
    const [entryIndex, bulletIndex] = key.split(':').map(Number);
    const bullet = section.entries[entryIndex ?? -1]?.bullets[bulletIndex ?? -1] ?? null;
    const rewrite = review.rewrites.find(
      (r) => r.sectionIndex === index && r.entryIndex === entryIndex && r.bulletIndex === bulletIndex,
    );
    if (blocks.length) blocks.push({ type: 'divider' });
    if (bullet) blocks.push({ type: 'quote', text: bullet });
    for (const f of group) {
      const block = findingBlock(f, f.evidence === bullet);
      // The rewrite block below carries the rewrite: no need to repeat it on every finding.
      if (block.type === 'finding' && rewrite && block.suggestion === rewrite.after) block.suggestion = null;
      blocks.push(block);
    }
    if (rewrite)
      blocks.push({
        type: 'rewrite',
        before: rewrite.before,
        after: rewrite.after,
        note: `Where to find the numbers: ${rewrite.where}`,
      });
  }
  if (bulletGroups.size > shown) {
    const rest = bulletGroups.size - shown;
    blocks.push({
      type: 'context',
      text: `${rest} more bullet${rest === 1 ? '' : 's'} here ${rest === 1 ? 'has' : 'have'} similar issues: the same fixes apply.`,
    });
  }
  if (!findings.length) blocks.push({ type: 'paragraph', text: 'Nothing to fix in this section.' });
  const ruleCount = new Set(findings.map((f) => f.rule)).size;
  if (ruleCount > 1)
    blocks.unshift({
      type: 'context',
      text: `Issues: ${[...new Set(findings.map((f) => ruleLabel(f.rule)))].join(', ')}`,
    });

  return {
    kind: 'section',
    title: score === null ? label : `${label}: ${score}/100`,
    tone: toneOf(findings.map((f) => f.severity)),
    blocks,
    section: { index, kind: section.kind, heading: section.heading },
  };
}

export function buildReviewDocument(review: Review): ReplyDocument {
  return {
    messages: [summaryMessage(review), ...review.resume.sections.map((_s, i) => sectionMessage(review, i))],
  };
}
