import type { ExtractedLink } from '../extract/types.js';
import { hasOrgCue } from './entry-cues.js';
import { trailingLocation } from './places.js';
import { collectContactLinks, findUrls } from './links.js';
import { findPhones, PHONE_LABEL_RE } from './phone.js';
import type { Contact } from './types.js';

/** The lookbehind makes a match start only at the beginning of a run: linear time on long junk. */
export const EMAIL_RE = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/u;
const EMAIL_RE_G = new RegExp(EMAIL_RE.source, 'gu');

/** Words that make a line a job title or a document label rather than a person's name. */
const NOT_NAME_WORDS = new Set([
  'resume',
  'résumé',
  'cv',
  'curriculum',
  'vitae',
  'engineer',
  'developer',
  'designer',
  'student',
  'analyst',
  'manager',
  'scientist',
  'consultant',
  'intern',
  'architect',
  'specialist',
  'administrator',
  'programmer',
  'tester',
  'researcher',
  'accountant',
  'teacher',
  'director',
  'lead',
  'officer',
  'assistant',
  'technician',
  'graduate',
  'freelance',
  'senior',
  'junior',
  'profile',
  'contact',
  'summary',
  'address',
  'email',
  'phone',
  'mobile',
  'linkedin',
  'github',
  'portfolio',
  'website',
  'objective',
  'experience',
  'education',
  'skills',
  'university',
  'college',
  'school',
  'institute',
  'street',
  'road',
  'avenue',
  'india',
  'usa',
  'full',
  'stack',
  'software',
  'data',
  'web',
  'front',
  'end',
  'back',
  'citizen',
  'web',
  'page',
  'home',
  'about',
  'me',
  'certified',
  'professional',
  'product',
  'ux',
  'ui',
  'devops',
  'cloud',
  'security',
  'systems',
  'network',
]);

const LABEL_SPLIT_RE = /\s+(?:e-?mail|mobile|phone|tel|cell|location|address|linkedin|github|web(?:site)?)\s*:/iu;
const SEPARATOR_SPLIT_RE = /\s*(?:\t|\||•|·|∙|◦|–|—|,|\s-\s)\s*/u;

/** "Derek ThomasAI Solutions Architect" → "Derek Thomas": cut where a lower-case letter runs into capitals. */
function cutGluedTitle(text: string): string {
  const glued = /^(.*?\p{Ll})(?=(?:\p{Lu}{2}|\.\p{Lu}))/u.exec(text);
  // "FIONA McALLISTER": a Mc/Mac surname in capitals keeps its small "c".
  if (glued?.[1] !== undefined && /(?:^|[\s-])Ma?c$/u.test(glued[1])) return text;
  return glued?.[1]?.includes(' ') ? glued[1] : text;
}

/**
 * Letters after a name ("Ph.D.", ", MBA", "RN"): credentials, not part of the name. Generational suffixes
 * (Jr., III) are part of it and stay.
 */
const POST_NOMINALS_RE =
  /(?:,?\s+(?:P[hH]\.?\s?D\.?|D\.?\s?Phil\.?|M\.D\.|MD|MBA|M\.?Sc\.?|B\.?Sc\.?|M\.A\.|B\.A\.|RN|BSN|MSN|LPN|NP|CPA|CFA|ACCA|PMP|MPH|DDS|DMD|Pharm\.?\s?D\.?|DVM|Esq\.?|CISSP|P\.\s?Eng\.?))+\s*$/u;

/** A form of address before the name ("Dr", "Prof."): not part of the name. */
const TITLE_BEFORE_NAME_RE = /^(?:dr|prof|professor|mr|mrs|ms|miss|mx|rev|revd)\.?\s+(?=\p{Lu}\S*\s+\p{Lu})/iu;
/** Mixed-case letters after a name: chartered titles and degrees ("CEng", "MPharm", "MBChB"). */
const MIXED_CASE_CREDENTIAL_RE =
  /^(?:CEng|IEng|EngTech|CEnv|CSci|CChem|CPhys|CMgr|PharmD|MPharm|MEng|BEng|MSc|BSc|MA|BA|PhD|DPhil|MBChB|MBBS|MRes|MPhil|LLB|LLM|DipHE|PGDip|PGCert)$/u;
/** Capitals after a name that are part of it: generational numbers. */
const GENERATION_RE = /^(?:II|III|IV|JR|SR)$/u;

/**
 * "Rosalind Pike RVN", "Seun Adeyemi CEng MICE", "Dr Farida Haque": the name without the form of address before
 * it and the credentials after it. Capitals after a name in mixed case are credentials (RVN, RDH, MICE, FRCS);
 * a name written in capitals keeps its words. At least two words stay.
 */
function withoutCredentials(text: string): string {
  const words = text.replace(TITLE_BEFORE_NAME_RE, '').split(/\s+/u);
  const mixedName = words.some((w) => /\p{Ll}/u.test(w) && !MIXED_CASE_CREDENTIAL_RE.test(w.replace(/[,.]/gu, '')));
  while (words.length > 2) {
    const last = (words[words.length - 1] ?? '').replace(/^,|[,.]$/gu, '');
    const capitals = mixedName && /^\p{Lu}{2,6}$/u.test(last) && !GENERATION_RE.test(last);
    if (!capitals && !MIXED_CASE_CREDENTIAL_RE.test(last)) break;
    words.pop();
  }
  return words.join(' ').replace(/,$/u, '');
}

const NAME_PARTICLE_RE = /^(?:de|da|das|do|dos|du|des|di|van|von|der|den|ten|ter|zu|bin|binti|ibn|al|del|la|le|y)$/u;

/** A Chinese, Japanese or Korean name is written without spaces: two to four characters on their own. */
const CJK_NAME_RE = /^[\p{Script=Han}\p{Script=Hangul}]{2,4}$/u;

function nameWords(text: string): string[] | null {
  let words = text
    .trim()
    .split(/\s+/u)
    .filter((w) => w.length > 0);
  // "Daniel Alpers Front End Developer": keep the words before the job title.
  const titleAt = words.findIndex((w) => NOT_NAME_WORDS.has(w.toLowerCase().replace(/[.,]/gu, '')));
  if (titleAt >= 2) words = words.slice(0, titleAt);
  else if (titleAt >= 0) return null;
  if (hasOrgCue(words.join(' '))) return null;
  // Particles ("de la", "dos", "von", "ten") do not count towards a name's length.
  const given = words.filter((w) => !NAME_PARTICLE_RE.test(w));
  if (given.length < 1 || given.length > 5 || words.length > 8) return null;
  for (const word of words) {
    if (!/^[\p{Lu}][\p{L}'’.-]*$/u.test(word) && !NAME_PARTICLE_RE.test(word) && !CJK_NAME_RE.test(word)) return null;
  }
  return words;
}

/** The name part of a header line, or null: "Sourabh Bajaj Email: x@y" → "Sourabh Bajaj". */
export function nameFromLine(line: string): string | null {
  // Markdown: "# Jane Roe", "**Jane Roe**".
  let text = line.replace(/^[#*_\s]+|[*_\s]+$/gu, '').replace(EMAIL_RE_G, '\t');
  const label = LABEL_SPLIT_RE.exec(text);
  if (label !== null) text = text.slice(0, label.index);
  // "James Ho Corvallis, OR": the name and the place ran together (their column gap was lost). A name has two
  // words or more: a city read as two words ("Ho Corvallis") gives its first back.
  const place = trailingLocation(text.split(/\s*(?:\t|\||•|·|∙|◦|–|—|\s-\s)\s*/u)[0] ?? '');
  if (place !== null && place.rest.length > 0) {
    const cityWords = (place.location.split(',')[0] ?? '').split(' ');
    if (place.rest.includes(' ')) text = place.rest;
    else if (cityWords.length >= 2) text = `${place.rest} ${cityWords[0] ?? ''}`;
  }
  text = text.split(SEPARATOR_SPLIT_RE)[0] ?? '';
  for (const phone of findPhones(text)) text = text.replace(phone.text, '');
  text = cutGluedTitle(withoutCredentials(text.trim().replace(POST_NOMINALS_RE, '')))
    .replace(/^(?:name\s*:\s*)/iu, '')
    .trim();
  if (findUrls(text).length > 0 || /\d/u.test(text)) return null;
  const words = nameWords(text);
  if (words === null) return null;
  if (words.length === 1 && words[0] !== undefined && words[0].length < 2) return null;
  return words.join(' ');
}

/**
 * The person's name: the first header line that looks like a name. A name split over two lines
 * ("CHRIS" / "DUXBURY") is joined. `fallback` lines are searched (only for a name followed by a job
 * title line) when the header has none.
 */
export function findName(
  header: readonly string[],
  fallback: readonly string[] = [],
  email: string | null = null,
): string | null {
  for (let i = 0; i < Math.min(header.length, 12); i++) {
    const line = header[i] ?? '';
    const name = nameFromLine(line);
    if (name === null) continue;
    if (CJK_NAME_RE.test(name)) return name;
    if (!name.includes(' ')) {
      const next = nameFromLine(header[i + 1] ?? '');
      if (next !== null && !next.includes(' ')) return `${name} ${next}`;
      const split = splitByEmail(name, email);
      if (split !== null) return split;
      continue;
    }
    return name;
  }
  const at = displacedNameAt(fallback);
  return at < 0 ? null : nameFromLine(fallback[at] ?? '');
}

const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase();

/**
 * A name whose word gap was lost ("ANAÏSCHOQUET", letter-spaced capitals read without their space), split where
 * the email's local part splits it ("anais.choquet@…"): the address spells the same name.
 */
function splitByEmail(name: string, email: string | null): string | null {
  const parts = /^([^@]+)@/u
    .exec(email ?? '')?.[1]
    ?.split(/[._-]/u)
    .filter((p) => /^\p{L}+$/u.test(p));
  if (parts === undefined || parts.length < 2 || parts.length > 3 || fold(parts.join('')) !== fold(name)) return null;
  const chars = [...name];
  const words: string[] = [];
  let at = 0;
  for (const part of parts) {
    const n = [...part].length;
    words.push(chars.slice(at, at + n).join(''));
    at += n;
  }
  return words.join(' ');
}

const JOB_TITLE_RE =
  /\b(?:student|engineer|developer|designer|analyst|manager|scientist|intern|consultant|specialist|architect|administrator|graduate|fresher)\b/iu;

export function isJobTitleLine(text: string): boolean {
  return JOB_TITLE_RE.test(text) && text.split(/\s+/u).length <= 8 && !/[.!?]$/u.test(text);
}

/**
 * Where a name block displaced by column order sits: an upper-case name line directly followed by a
 * job-title line ("HARINI P" / "STUDENT"). -1 when there is none.
 */
export function displacedNameAt(lines: readonly string[]): number {
  for (let i = 0; i + 1 < lines.length; i++) {
    const name = nameFromLine(lines[i] ?? '');
    if (name?.includes(' ') && name === name.toUpperCase() && isJobTitleLine(lines[i + 1] ?? '')) return i;
  }
  return -1;
}

export function findEmail(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = EMAIL_RE.exec(line);
    if (m !== null) return m[0].replace(/\.$/u, '');
  }
  return null;
}

export function findPhone(lines: readonly string[]): string | null {
  for (const line of lines) {
    const labelled = PHONE_LABEL_RE.test(line);
    const withoutEmails = line.replace(EMAIL_RE_G, (m) => ' '.repeat(m.length));
    const phones = findPhones(withoutEmails, labelled);
    if (phones[0] !== undefined) return phones[0].text;
  }
  return null;
}

const US_STATE = `(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AIT]|W[AIVY]|ON|QC|BC|AB|MB|NS|NB|NL|PE|SK|YT|NT|NU)`;
const CITY = String.raw`\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2}`;
const LOCATION_RE = new RegExp(
  String.raw`(?:^|[\s|•·:,–-])(?<loc>${CITY},\s*(?:${US_STATE}|\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+){0,2}))(?=$|\s*[|•·\t–,]|\s+\p{Lu}{2,}|\s*\d)`,
  'u',
);

/** "City, ST" or "City, Country" in the header lines; labelled "Location:" wins. */
export function findLocation(lines: readonly string[]): string | null {
  for (const line of lines) {
    const labelled = /\blocation\s*:?\s*([^|•\t]+)/iu.exec(line);
    if (labelled?.[1] !== undefined && labelled[1].trim().length > 1)
      return labelled[1].trim().replace(/\s*(?:e-?mail|phone|mobile)\s*:.*$/iu, '');
  }
  const parts = lines.flatMap((line) => line.split(/\s*[|•·∙\t]\s*|\s[–—-]\s|\s{2,}/u));
  const candidates = parts
    .map((part) =>
      part
        .replace(EMAIL_RE_G, '')
        .replace(/^\s*(?:address|addr)\s*:\s*/iu, '')
        .trim(),
    )
    .filter((part) => part.length > 0 && findPhones(part).length === 0 && findUrls(part).length === 0);
  // A known region first ("6030 Main Street, Toronto, ON M2R 1Z9" → "Toronto, ON"), then a "City, Place" pair.
  for (const part of candidates) {
    const known = trailingLocation(
      part.replace(/\s+(?:[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{5}(?:-\d{4})?)$/u, '').replace(/,\s*\d{4,6}(?=,|$)/u, ''),
    );
    if (known !== null && /\p{L}/u.test(known.location)) return known.location;
  }
  for (const part of candidates) {
    const m = LOCATION_RE.exec(part);
    if (m?.groups?.loc !== undefined) return m.groups.loc.trim();
  }
  return null;
}

export function buildContact(
  header: readonly string[],
  contactLines: readonly string[],
  allLines: readonly string[],
  links: readonly ExtractedLink[],
): Contact {
  const searchable = [...header, ...contactLines];
  const email = findEmail(searchable) ?? findEmail(allLines);
  return {
    // No name above the headings: the headed contact block's ("Persönliche Daten" / "Name: Katrin Weißenfels").
    name: findName(header, [], email) ?? findName(contactLines, [], email) ?? findName([], allLines, email),
    email,
    phone: findPhone(searchable) ?? findPhone(allLines.filter((l) => PHONE_LABEL_RE.test(l))) ?? findPhone(allLines),
    location: findLocation(searchable),
    links: collectContactLinks(searchable, links),
  };
}
