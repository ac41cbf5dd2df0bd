export { parseResume, parseResumeText } from './parse.js';
export { findDateRange, isDateOnly, type DateRange } from './dates.js';
export { classifyHeadingText, matchHeading } from './headings.js';
export { findPhones } from './phone.js';
export { linkKind } from './links.js';
export { SECTION_KINDS } from './types.js';
export type { Contact, ContactLink, Entry, LinkKind, Resume, ResumeSource, Section, SectionKind } from './types.js';
