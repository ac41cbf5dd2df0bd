import type { FileFormat } from '../extract/types.js';

/** The language of a resume's headings; the coaching itself is English. */
export type ResumeLanguage = 'en' | HeadingLanguage;

export const SECTION_KINDS = [
  'contact',
  'summary',
  'experience',
  'projects',
  'education',
  'skills',
  'certifications',
  'awards',
  'publications',
  'volunteering',
  'leadership',
  'interests',
  'languages',
  'other',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export type LinkKind = 'linkedin' | 'github' | 'portfolio' | 'other';

export interface ContactLink {
  kind: LinkKind;
  url: string;
  /** Visible text the link was shown as, when it differs from the URL (e.g. "LinkedIn"). */
  text: string | null;
}

export interface Contact {
  name: string | null;
  email: string | null;
  phone: string | null;
  location: string | null;
  links: ContactLink[];
}

export interface Entry {
  title: string | null;
  organization: string | null;
  location: string | null;
  /** YYYY or YYYY-MM. */
  start: string | null;
  /** YYYY, YYYY-MM or "present". */
  end: string | null;
  /** The date range exactly as written, e.g. "Jan. '20 – Present". */
  dateText: string | null;
  /** Bullets: wrapped lines joined, glyphs and leading -/* stripped, verbatim otherwise. */
  bullets: string[];
  /** Non-bullet description lines under the entry header (verbatim). */
  lines: string[];
  /** True when the entry had no bullet glyphs and `bullets` were read from its plain lines (Canva-style lists). */
  bulletsInferred?: boolean;
}

export interface Section {
  kind: SectionKind;
  /** The heading as written; null for an implicit block (the contact header). */
  heading: string | null;
  /** Every line of the section body, verbatim (after text clean-up), heading excluded. */
  lines: string[];
  /** Entries for experience/projects/education/volunteering/leadership (empty elsewhere). */
  entries: Entry[];
  /** For list-like sections (skills, certifications, awards, interests, languages): one item per line/bullet. */
  items: string[];
}

export interface ResumeSource {
  format: FileFormat;
  fileName: string | null;
  pages: number | null;
  pagesAnalysed: number | null;
  truncated: boolean;
  bytes: number | null;
  words: number;
  /** Set when the text was read by OCR (a picture or a scanned PDF): quoted lines may hold misreads. */
  ocr?: { confidence: number; lowConfidencePages: number[] };
}

export interface Resume {
  contact: Contact;
  /** In document order; the contact header (when present) is a section of kind contact. */
  sections: Section[];
  /** The cleaned full text the model was built from. */
  text: string;
  source: ResumeSource;
  /**
   * The language of the section headings ('de', 'fr', 'es', 'pt', 'zh'); absent or 'en' for English. The
   * coaching stays English; the reply says so once for another language.
   */
  language?: ResumeLanguage;
}

/** Languages whose section headings the parser recognises besides English. */
export type HeadingLanguage = 'de' | 'fr' | 'es' | 'pt' | 'zh';
