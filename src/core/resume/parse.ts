import type { ExtractResult } from '../extract/types.js';
import { buildContact } from './contact.js';
import { ENTRY_KINDS, parseEntries } from './entries.js';
import { parseItems } from './items.js';
import { headingsLanguage } from './language.js';
import { toLines } from './lines.js';
import { fullLineLength } from './prose.js';
import { splitSections, type SectionDraft } from './sections.js';
import type { Resume, Section, SectionKind } from './types.js';

/** Sections listed one item per line. */
const ITEM_KINDS: ReadonlySet<SectionKind> = new Set([
  'skills',
  'certifications',
  'awards',
  'interests',
  'languages',
  'publications',
]);

function toSection(draft: SectionDraft, full: number): Section {
  return {
    kind: draft.kind,
    heading: draft.heading,
    lines: draft.lines.map((l) => l.raw),
    entries: ENTRY_KINDS.has(draft.kind) ? parseEntries(draft.lines, draft.kind, full) : [],
    items: ITEM_KINDS.has(draft.kind) ? parseItems(draft.lines, full) : [],
  };
}

/** Extracted text (PDF, DOCX or pasted) → the structured resume every later stage reads. */
export function parseResume(extracted: ExtractResult): Resume {
  const lines = toLines(extracted.text, extracted.lineFacts);
  const drafts = splitSections(lines);
  const full = fullLineLength(lines.map((l) => l.text));
  const sections = drafts.map((d) => toSection(d, full));
  const header = drafts.find((d) => d.kind === 'contact' && d.heading === null)?.lines.map((l) => l.text) ?? [];
  const contactLines = drafts
    .filter((d) => d.kind === 'contact' && d.heading !== null)
    .flatMap((d) => d.lines.map((l) => l.text));
  const contact = buildContact(
    header,
    contactLines,
    lines.map((l) => l.text),
    extracted.links,
  );
  const text = lines.map((l) => l.raw).join('\n');
  return {
    contact,
    sections,
    text,
    language: headingsLanguage(sections),
    source: {
      format: extracted.format,
      fileName: extracted.fileName,
      pages: extracted.pages,
      pagesAnalysed: extracted.pagesAnalysed,
      truncated: extracted.truncated,
      bytes: extracted.bytes,
      words: text.split(/\s+/u).filter((w) => w.length > 0).length,
      ...(extracted.ocr
        ? { ocr: { confidence: extracted.ocr.confidence, lowConfidencePages: extracted.ocr.lowConfidencePages } }
        : {}),
    },
  };
}

/** Convenience for tests and pasted text: parse plain text as if it had been extracted. */
export function parseResumeText(text: string, links: ExtractResult['links'] = []): Resume {
  return parseResume({
    format: 'text',
    text,
    pages: null,
    pagesAnalysed: null,
    truncated: false,
    links,
    bytes: Buffer.byteLength(text, 'utf8'),
    fileName: null,
    notes: [],
  });
}
