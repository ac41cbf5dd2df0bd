import type { SectionKind } from './types.js';

/**
 * The words that tell the parts of an entry header apart: a role (title), an organisation, a degree or a school.
 * Entry headers, entry starts and the contact block all read them here.
 */

export const TITLE_CUES =
  /\b(?:engineer|engineering\s+(?:intern|manager|lead)|developer|manager|intern|internship|analyst|scientist|designer|consultant|assistant|lead|director|architect|specialist|administrator|officer|coordinator|associate|researcher|technician|teacher|tutor|instructor|professor|lecturer|president|vice|founder|co-founder|cofounder|volunteer|member|head|chief|cto|ceo|cfo|vp|programmer|support|representative|accountant|owner|fellow|trainee|apprentice|editor|writer|reporter|presenter|ambassador|server|lifeguard|leader|captain|chair|secretary|treasurer|mentor|judge|organizer|organiser|principal|staff|senior|junior|sr\.?|jr\.?|partner|advisor|adviser|agent|clerk|cashier|nurse|therapist|auditor|strategist|marketer|recruiter|tester|operator|mechanic|producer|artist|photographer|scholar|candidate|student|contractor|freelancer?|supervisor|receptionist|barista|chef|cook|waiter|waitress|bartender|driver|stylist|pharmacist|physician|doctor|surgeon|dentist|paramedic|emt|medic|cna|lpn|midwife|carer|caregiver|aide|attendant|counsel+or|librarian|curator|planner|buyer|merchandiser|controller|bookkeeper|actuary|economist|paralegal|lawyer|attorney|solicitor|therapist|hygienist|pharmacist|cashier|steward|stewardess|crew|foreman|forewoman|handler|picker|packer|porter|housekeeper|nanny|custodian|investigator|inspector|dispatcher|courier|worker|electrician|plumber|carpenter|welder|journeyman|labou?rer|machinist|fitter|installer|psychologist|surveyor|estimator|baker|butcher|firefighter|pilot|mason|roofer|glazier)s?\b/iu;
const ORG_CUES =
  /\b(?:inc|llc|ltd|limited|corp|corporation|company|co|gmbh|ag|plc|pvt|sdn\s+bhd|bhd|s\.?a|sp\.?\s*z\s*o\.?o|university|univerity|universiti|college|school|institute|institution|academy|labs?|laboratory|technologies|technology|solutions|systems|group|bank|foundation|agency|hospital|clinic|department|dept|center|centre|council|association|society|club|studios?|ventures|partners|consulting|services|media|software|networks|games|capital|government|ministry|organization|organisation|nonprofit|ngo|startup|google|microsoft|amazon|meta|apple)\b\.?/iu;
export const DEGREE_CUES =
  /\b(?:b\.?\s?s\.?c?|b\.?\s?a|b\.?\s?e|b\.?\s?tech|btech|m\.?\s?s\.?c?|m\.?\s?a|m\.?\s?ed\.?|b\.?\s?ed\.?|m\.?\s?eng|meng|m\.?\s?tech|mtech|mba|ph\.?\s?d|bachelor'?s?|master'?s?|doctor(?:ate)?|diploma|degree|associate'?s?\s+degree|certificate|certification|bca|mca|hsc|ssc|sslc|gcse|a-levels?|class\s+x(?:ii)?|high\s+school\s+diploma|major|minor|concentration|b\.?\s?com|m\.?\s?com|llb|md|msc|bsc)\b/iu;
const SCHOOL_CUES =
  /\b(?:university|univerity|universiti|college|school|institute|academy|polytechnic|iit|nit|conservatory|seminary)\b/iu;
/** A degree or a school: starts an education entry even without dates. */
export const EDUCATION_CUES = new RegExp(`${DEGREE_CUES.source}|${SCHOOL_CUES.source}`, 'iu');

export function hasOrgCue(text: string): boolean {
  return ORG_CUES.test(text) || SCHOOL_CUES.test(text);
}

/** The head word of a name: its last word, or the word before "of/for/in/at" ("Department of Biology" → Department). */
function headWord(text: string): string {
  const main = text.split(/\s+(?:of|for|in|at|on)\s+/iu)[0] ?? text;
  return main.trim().split(/\s+/u).pop() ?? '';
}

/**
 * How much a part of a header reads as the title: a role (or degree) cue counts for, an organisation cue
 * against. A name headed by an organisation word is an organisation whatever it holds ("Student Chess Society").
 */
export function scoreTitle(text: string, kind: SectionKind): number {
  const cue = kind === 'education' ? DEGREE_CUES : TITLE_CUES;
  const score =
    (cue.test(text) ? 2 : 0) - (kind === 'education' ? (SCHOOL_CUES.test(text) ? 2 : 0) : ORG_CUES.test(text) ? 1 : 0);
  if (kind === 'education') return score;
  const head = headWord(text);
  // "Hart & Lowe Solicitors", "Kelly & Byrne Accountants": a firm named by its trade in the plural.
  const firm =
    /s$/u.test(head) && text.trim().split(/\s+/u).length >= 2 && /^\p{Lu}/u.test(head) && TITLE_CUES.test(head);
  if (firm && /&|\band\b/u.test(text)) return -1;
  return ORG_CUES.test(head) && !TITLE_CUES.test(head) ? Math.min(score, -1) : score;
}
