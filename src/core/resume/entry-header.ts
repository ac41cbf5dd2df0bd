import { findDateRange, type DateRange } from './dates.js';
import type { SectionKind } from './types.js';

/**
 * Reads an entry's header lines (e.g. "Google  Mountain View, CA" / "Software Engineer  Oct 2016 –
 * Present") into title, organization, location and dates.
 */

export interface EntryHeader {
  title: string | null;
  organization: string | null;
  location: string | null;
  date: DateRange | null;
  /** Header text that is neither title, organization, location nor date (e.g. "GPA: 3.9", a tech stack). */
  extra: string[];
}

const TITLE_CUES =
  /\b(?:engineer|engineering\s+(?:intern|manager|lead)|developer|manager|intern|internship|analyst|scientist|designer|consultant|assistant|lead|director|architect|specialist|administrator|officer|coordinator|associate|researcher|technician|teacher|tutor|instructor|professor|lecturer|president|vice|founder|co-founder|cofounder|volunteer|member|head|chief|cto|ceo|cfo|vp|programmer|support|representative|accountant|owner|fellow|trainee|apprentice|editor|writer|reporter|presenter|ambassador|server|lifeguard|leader|captain|chair|secretary|treasurer|mentor|judge|organizer|organiser|principal|staff|senior|junior|sr\.?|jr\.?|partner|advisor|adviser|agent|clerk|cashier|nurse|therapist|auditor|strategist|marketer|recruiter|tester|operator|mechanic|producer|artist|photographer|scholar|candidate|student|contractor|freelancer?|supervisor|receptionist|barista|chef|cook|waiter|waitress|bartender|driver|stylist|pharmacist|physician|doctor|surgeon|dentist|paramedic|midwife|carer|caregiver|aide|attendant|counsel+or|librarian|curator|planner|buyer|merchandiser|controller|bookkeeper|actuary|economist|paralegal|lawyer|attorney|solicitor|therapist|hygienist|pharmacist|cashier|steward|stewardess|crew|foreman|forewoman|handler|picker|packer|porter|housekeeper|nanny|custodian|investigator|inspector|dispatcher|courier)s?\b/iu;
const ORG_CUES =
  /\b(?:inc|llc|ltd|limited|corp|corporation|company|co|gmbh|ag|plc|pvt|sdn\s+bhd|bhd|s\.?a|sp\.?\s*z\s*o\.?o|university|univerity|universiti|college|school|institute|institution|academy|labs?|laboratory|technologies|technology|solutions|systems|group|bank|foundation|agency|hospital|clinic|department|dept|center|centre|council|association|society|club|studios?|ventures|partners|consulting|services|media|software|networks|games|capital|government|ministry|organization|organisation|nonprofit|ngo|startup|google|microsoft|amazon|meta|apple)\b\.?/iu;
export const DEGREE_CUES =
  /\b(?:b\.?\s?s\.?c?|b\.?\s?a|b\.?\s?e|b\.?\s?tech|btech|m\.?\s?s\.?c?|m\.?\s?a|m\.?\s?eng|meng|m\.?\s?tech|mtech|mba|ph\.?\s?d|bachelor'?s?|master'?s?|doctor(?:ate)?|diploma|degree|associate'?s?\s+degree|certificate|certification|bca|mca|hsc|ssc|sslc|gcse|a-levels?|class\s+x(?:ii)?|high\s+school\s+diploma|major|minor|concentration|b\.?\s?com|m\.?\s?com|llb|md|msc|bsc)\b/iu;
const SCHOOL_CUES =
  /\b(?:university|univerity|universiti|college|school|institute|academy|polytechnic|iit|nit|conservatory|seminary)\b/iu;
/** A degree or a school: starts an education entry even without dates. */
export const EDUCATION_CUES = new RegExp(`${DEGREE_CUES.source}|${SCHOOL_CUES.source}`, 'iu');

const MULTI_WORD_CITY_START = new Set([
  'new',
  'san',
  'los',
  'las',
  'mountain',
  'salt',
  'santa',
  'st.',
  'st',
  'saint',
  'fort',
  'ft.',
  'el',
  'la',
  'palo',
  'ann',
  'grand',
  'cedar',
  'kuala',
  'hong',
  'tel',
  'rio',
  'buenos',
  'sao',
  'são',
  'abu',
  'port',
  'cape',
  'des',
  'baton',
  'little',
  'long',
  'north',
  'south',
  'east',
  'west',
  'jersey',
  'oklahoma',
  'kansas',
  'carson',
  'virginia',
  'redwood',
  'menlo',
  'foster',
  'half',
  'cherry',
  'glen',
  'high',
  'round',
  'sioux',
  'twin',
  'white',
  'winston',
  'ho',
  'mexico',
  'quezon',
  'da',
  'den',
  'the',
]);
const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|ON|QC|BC|AB|MB|NS|NB|NL|PE|SK';
const REGIONS = [
  'alabama',
  'alaska',
  'arizona',
  'arkansas',
  'california',
  'colorado',
  'connecticut',
  'delaware',
  'florida',
  'georgia',
  'hawaii',
  'idaho',
  'illinois',
  'indiana',
  'iowa',
  'kansas',
  'kentucky',
  'louisiana',
  'maine',
  'maryland',
  'massachusetts',
  'michigan',
  'minnesota',
  'mississippi',
  'missouri',
  'montana',
  'nebraska',
  'nevada',
  'new hampshire',
  'new jersey',
  'new mexico',
  'new york',
  'north carolina',
  'north dakota',
  'ohio',
  'oklahoma',
  'oregon',
  'pennsylvania',
  'rhode island',
  'south carolina',
  'south dakota',
  'tennessee',
  'texas',
  'utah',
  'vermont',
  'virginia',
  'washington',
  'west virginia',
  'wisconsin',
  'wyoming',
  'ontario',
  'quebec',
  'british columbia',
  'alberta',
  'usa',
  'us',
  'u.s.',
  'u.s.a.',
  'united states',
  'uk',
  'u.k.',
  'united kingdom',
  'england',
  'scotland',
  'wales',
  'ireland',
  'canada',
  'india',
  'germany',
  'france',
  'poland',
  'iran',
  'uae',
  'egypt',
  'malaysia',
  'singapore',
  'philippines',
  'nepal',
  'australia',
  'new zealand',
  'china',
  'japan',
  'korea',
  's.korea',
  'south korea',
  'spain',
  'italy',
  'netherlands',
  'brazil',
  'mexico',
  'pakistan',
  'bangladesh',
  'nigeria',
  'kenya',
  'israel',
  'sweden',
  'norway',
  'denmark',
  'finland',
  'switzerland',
  'austria',
  'belgium',
  'portugal',
  'barbados',
  'greece',
  'turkey',
  'vietnam',
  'indonesia',
  'thailand',
  'sri lanka',
  'south africa',
  'argentina',
  'chile',
  'colombia',
  'peru',
  'czech republic',
  'czechia',
  'romania',
  'hungary',
  'ukraine',
  'russia',
  'qatar',
  'saudi arabia',
  'remote',
  'hybrid',
];
const REGION_RE = new RegExp(`^(?:${US_STATES}|${REGIONS.map((r) => r.replace(/\./gu, '\\.')).join('|')})$`, 'iu');

function isCityPiece(piece: string): { city: string; rest: string } | null {
  const postal = /\s+([A-Z]?\d[\dA-Z-]{2,})$/u.exec(piece);
  if (postal !== null) {
    const found = isCityPiece(piece.slice(0, postal.index));
    return found === null ? null : { city: `${found.city} ${postal[1] ?? ''}`.trim(), rest: found.rest };
  }
  const words = piece.split(/\s+/u);
  // "Escondido CA": a city with its state code and no comma between.
  const last = words[words.length - 1] ?? '';
  if (words.length >= 2 && /^[A-Z]{2}$/u.test(last) && REGION_RE.test(last)) {
    const city = isCityPiece(words.slice(0, -1).join(' '));
    return city === null ? null : { city: `${city.city} ${last}`, rest: city.rest };
  }
  let take = 1;
  const before = words[words.length - 2];
  if (before !== undefined && MULTI_WORD_CITY_START.has(before.toLowerCase())) take = 2;
  const third = words[words.length - 3];
  if (take === 2 && third !== undefined && MULTI_WORD_CITY_START.has(third.toLowerCase())) take = 3;
  const cityWords = words.slice(-take);
  if (!cityWords.every((w) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(w))) return null;
  // "EdYoda Digital University, India": the last word names the organisation, not a city.
  if (hasOrgCue(cityWords.join(' '))) return null;
  return { city: cityWords.join(' '), rest: words.slice(0, -take).join(' ') };
}

/**
 * A "City, ST" / "City, Country" inside a comma list, possibly run together with the organisation
 * before it ("Google Mountain View, CA", "Acme, New Orleans, LA, Accountant").
 */
export function trailingLocation(text: string): { location: string; rest: string } | null {
  const t = text.trim();
  if (/^(?:remote|hybrid)$/iu.test(t)) return { location: t, rest: '' };
  const pieces = t.split(/\s*,\s*/u);
  for (let k = pieces.length - 1; k >= 1; k--) {
    if (!REGION_RE.test(pieces[k] ?? '')) continue;
    let first = k;
    while (first > 1 && REGION_RE.test(pieces[first - 1] ?? '')) first--;
    const city = isCityPiece(pieces[first - 1] ?? '');
    if (city === null) continue;
    const location = [city.city, ...pieces.slice(first, k + 1)].join(', ');
    const rest = [...pieces.slice(0, first - 1), ...(city.rest.length > 0 ? [city.rest] : []), ...pieces.slice(k + 1)];
    return { location, rest: rest.join(', ') };
  }
  const remote = /^(.*?)[\s,(–-]+(remote|hybrid)\)?$/iu.exec(t);
  return remote?.[1] !== undefined && remote[2] !== undefined ? { location: remote[2], rest: remote[1].trim() } : null;
}

export function hasOrgCue(text: string): boolean {
  return ORG_CUES.test(text) || SCHOOL_CUES.test(text);
}

/** "; GPA: 3.9", "CGPA 8.2/10", "3.73 GPA", "Percentage: 81%": grades go to the entry's extra lines. */
const GRADE_RE =
  /[;,|]?\s*(?:\b(?:c?gpa|grade|percentage|score)\b\s*:?\s*[\d.]+(?:\s*\/\s*[\d.]+)?%?|\b[\d.]+(?:\s*\/\s*[\d.]+)?\s*(?:c?gpa)\b)/giu;

function scoreTitle(text: string, kind: SectionKind): number {
  const cue = kind === 'education' ? DEGREE_CUES : TITLE_CUES;
  return (
    (cue.test(text) ? 2 : 0) - (kind === 'education' ? (SCHOOL_CUES.test(text) ? 2 : 0) : ORG_CUES.test(text) ? 1 : 0)
  );
}

/** Marks a weak organisation candidate inside the parts list. */
const WEAK = '\u0000';

function tidy(text: string): string {
  return (
    text
      .replace(/\(\s*\)|\[\s*\]/gu, ' ')
      .replace(/~?\s*\d+(?:\.\d+)?\s*(?:years?|yrs?|months?|mos?)\b/giu, ' ')
      .replace(/\bclass of\s*$/iu, '')
      .replace(/\b(?:expected|graduated|graduation|since|from|completed in|completed)\s*:?\s*$/iu, '')
      .replace(/^[\s|•·,;:–—\-(/]+|[\s|•·,;:–—\-(/]+$/gu, '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000 is WEAK, our own marker; cleaned lines never hold it
      .replace(/^\u0000[\s|•·,;:–—\-(/]+/u, WEAK)
      .replace(/\s{2,}/gu, ' ')
      .trim()
  );
}

/** Splits one header line into its parts: column gaps, pipes, " at ", ": ", and dashes between a title and an org. */
function splitParts(line: string, kind: SectionKind): string[] {
  const cells = line
    .split(/\t|\s+\|\s+|\s+[•·]\s+/u)
    .map(tidy)
    .filter((p) => p.length > 0);
  const parts: string[] = [];
  for (const cell of cells) {
    const at = /^(.+?)\s+(?:at|@)\s+(.+)$/u.exec(cell);
    if (at?.[1] !== undefined && at[2] !== undefined && kind !== 'education' && TITLE_CUES.test(at[1])) {
      parts.push(at[1], at[2]);
      continue;
    }
    const colon = /^(.+?):\s+(.+)$/u.exec(cell);
    if (
      colon?.[1] !== undefined &&
      colon[2] !== undefined &&
      !/^(?:gpa|cgpa|grade|tech|technologies|stack|tools|skills|major|minor|courses?|coursework)$/iu.test(
        colon[1].trim(),
      )
    ) {
      parts.push(colon[1], colon[2]);
      continue;
    }
    // "Org — Title": an en/em dash splits when exactly one side names a role; a spaced hyphen needs an org on the other side.
    const dash = /^(.+?)(?:\s*[–—]\s*|\s+-\s+)(.+)$/u.exec(cell);
    if (dash?.[1] !== undefined && dash[2] !== undefined) {
      const [a, b] = [dash[1], dash[2]];
      const [sa, sb] = [scoreTitle(a, kind), scoreTitle(b, kind)];
      const strong = (sa > 0 && sb < 0) || (sa < 0 && sb > 0);
      const loose = /[–—]/u.test(cell) && kind !== 'projects' && kind !== 'education' && sa > 0 !== sb > 0;
      if (strong || loose) {
        // The side without a role cue is only a weak organisation candidate ("Lifeguard – Pool").
        parts.push(
          loose && !strong ? (sa > 0 ? a : `${WEAK}${a}`) : a,
          loose && !strong ? (sb > 0 ? b : `${WEAK}${b}`) : b,
        );
        continue;
      }
    }
    parts.push(cell);
  }
  return parts.map(tidy).filter((p) => p.length > 0);
}

/** "Title, Org" / "Org, City, ST, Title": comma parts, when one of them is clearly a title. */
function splitCommas(part: string, kind: SectionKind): string[] {
  const pieces = part.split(/\s*,\s+/u);
  if (pieces.length < 2) return [part];
  const scores = pieces.map((p) => scoreTitle(p, kind));
  const titled = scores.findIndex((s) => s > 0);
  // One piece names a role and the others do not: "Gilmore Financial, Certified Public Accountant".
  if (titled < 0 || scores.some((s, i) => i !== titled && s > 0)) return [part];
  if (!pieces.every((p) => /^[\p{Lu}\d]/u.test(p))) return [part];
  return pieces;
}

export function parseEntryHeader(lines: readonly string[], kind: SectionKind): EntryHeader {
  let date: DateRange | null = null;
  const texts: string[] = [];
  const grades: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/\*\*|__/gu, '').replace(GRADE_RE, (m) => {
      grades.push(m.replace(/^[;,|\s]+/u, ''));
      return '\t';
    });
    const found = findDateRange(line);
    const isRange = found !== null && found.start !== found.end;
    if (found !== null && (date === null || (isRange && date.start === date.end))) {
      date = found;
      // Drop the brackets around the dates too: "Server (Sept 2023-June 2026)".
      // "Year of study: 2023-2026": the label before the dates goes with them.
      const before = line
        .slice(0, found.index)
        .replace(/[([]\s*$/u, '')
        .replace(/^[\p{L} ]{2,25}:\s*$/u, '');
      const after = line.slice(found.index + found.text.length).replace(/^\s*[)\]]/u, '');
      texts.push(`${before}\t${after}`);
    } else {
      texts.push(line);
    }
  }
  let location: string | null = null;
  const parts: string[] = [];
  for (const text of texts) {
    for (const part of splitParts(text, kind)) {
      const loc: { location: string; rest: string } | null = location === null ? trailingLocation(part) : null;
      if (loc !== null) {
        location = loc.location;
        if (loc.rest.length > 0) parts.push(...splitCommas(tidy(loc.rest), kind));
      } else {
        parts.push(...splitCommas(part, kind));
      }
    }
  }
  const cleaned = parts.map(tidy).filter((p) => /[\p{L}\d]/u.test(p));
  const isWeak = cleaned.map((p) => p.startsWith(WEAK));
  const texts2 = cleaned.map((p) => p.replace(WEAK, ''));
  const scores = texts2.map((p) => scoreTitle(p, kind));
  // The strongest role cue wins; on a tie, the part that shared a line with the dates.
  let titleAt = -1;
  scores.forEach((s, i) => {
    if (s > 0 && (titleAt < 0 || s > (scores[titleAt] ?? 0))) titleAt = i;
  });
  const orgAt = scores.findIndex((s, i) => s < 0 && i !== titleAt);
  let title: string | null = titleAt >= 0 ? (texts2[titleAt] ?? null) : null;
  let organization: string | null = orgAt >= 0 ? (texts2[orgAt] ?? null) : null;
  const restIdx = texts2.map((_, i) => i).filter((i) => i !== titleAt && i !== orgAt);
  if (title === null && restIdx.length > 0) title = texts2[restIdx.shift() ?? 0] ?? null;
  if (
    organization === null &&
    restIdx.length > 0 &&
    (kind === 'experience' || kind === 'education' || kind === 'volunteering' || kind === 'leadership')
  ) {
    const strongAt = restIdx.findIndex((i) => !isWeak[i]);
    const pick = restIdx.splice(Math.max(strongAt, 0), 1)[0];
    organization = pick === undefined ? null : (texts2[pick] ?? null);
  }
  const rest = restIdx.map((i) => texts2[i] ?? '');
  return { title, organization, location, date, extra: [...grades, ...rest] };
}
