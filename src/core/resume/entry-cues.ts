import type { SectionKind } from './types.js';

/**
 * The words that tell the parts of an entry header apart: a role (title), an organisation, a degree or a school.
 * Entry headers, entry starts and the contact block all read them here.
 */

export const TITLE_CUES =
  /\b(?:engineer|engineering\s+(?:intern|manager|lead)|developer|manager|intern|internship|analyst|scientist|designer|consultant|assistant|lead|director|architect|specialist|administrator|officer|coordinator|associate|researcher|technician|teacher|tutor|instructor|professor|lecturer|president|vice|founder|co-founder|cofounder|volunteer|member|head|chief|cto|ceo|cfo|vp|programmer|support|representative|accountant|owner|fellow|trainee|apprentice|editor|writer|reporter|presenter|ambassador|server|lifeguard|leader|captain|chair|secretary|treasurer|mentor|judge|organizer|organiser|principal|staff|senior|junior|sr\.?|jr\.?|partner|advisor|adviser|agent|clerk|cashier|nurse|therapist|auditor|strategist|marketer|recruiter|tester|operator|mechanic|producer|artist|photographer|scholar|candidate|student|contractor|freelancer?|supervisor|receptionist|barista|chef|cook|waiter|waitress|bartender|driver|stylist|pharmacist|physician|doctor|surgeon|dentist|paramedic|emt|medic|cna|lpn|midwife|carer|caregiver|aide|attendant|counsel+or|librarian|curator|planner|buyer|merchandiser|controller|bookkeeper|actuary|economist|paralegal|lawyer|attorney|solicitor|therapist|hygienist|pharmacist|cashier|steward|stewardess|crew|foreman|forewoman|handler|picker|packer|porter|housekeeper|nanny|custodian|investigator|inspector|dispatcher|courier|worker|electrician|plumber|carpenter|welder|journeyman|labou?rer|machinist|fitter|installer|psychologist|surveyor|estimator|baker|butcher|firefighter|pilot|mason|roofer|glazier|operative|resident|registrar|practitioner|clinician|physiotherapist|gardener|landscaper|groundskeeper|keeper|ranger|warden|caretaker|cleaner|guide|florist|sommelier)s?\b/iu;
/**
 * Roles in German, French, Spanish and Portuguese: German compounds end in the role ("Servicetechniker",
 * "Projektleiterin"), Romance titles open with it ("Coordinadora de excursiones", "Engenheira de Qualidade").
 */
const INTL_TITLE_CUES =
  /(?:techniker|mechaniker|mechatroniker|ingenieur|leiter|berater|entwickler|kaufmann|kauffrau|meister|fachkraft|assistent|referent|sachbearbeiter|pfleger|erzieher|lehrer)(?:in)?\b|\b(?:coordinador|coordenador|director|diretor|gerente|t[ée]cnic[oa]|ingenier[oa]|engenheir[oa]|enfermer[oa]|enfermeir[oa]|profesor|professora|analista|asistente|auxiliar|jef[ea]|encargad[oa]|cocinero|camarer[oa]|recepcionista|vendedor|gu[ií]a|comptable|collaborat(?:eur|rice)|responsable|ing[ée]nieur|infirmi(?:er|[èe]re)|conseill(?:er|[èe]re)|charg[ée]e?|serveu(?:r|se)|vendeu(?:r|se)|cuisinier|stagiaire|estagi[aá]ri[oa]|becari[oa])(?:a|es|as|s)?\b/iu;
const ORG_CUES =
  /\b(?:inc|llc|ltd|limited|corp|corporation|company|co|gmbh|ag|plc|pvt|sdn\s+bhd|bhd|s\.?a|sp\.?\s*z\s*o\.?o|university|univerity|universiti|college|school|institute|institution|academy|labs?|laboratory|technologies|technology|solutions|systems|group|bank|foundation|agency|hospital|clinic|department|dept|center|centre|council|association|society|club|studios?|ventures|partners|consulting|services|media|software|networks|games|capital|government|ministry|organization|organisation|nonprofit|ngo|startup|google|microsoft|amazon|meta|apple|hub|trust)\b\.?/iu;
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

/** A role word, in English or another language the headings are read in. */
export function hasTitleCue(text: string): boolean {
  return TITLE_CUES.test(text) || INTL_TITLE_CUES.test(text);
}

/**
 * How much a part of a header reads as the title: a role (or degree) cue counts for, an organisation cue
 * against. A name headed by an organisation word is an organisation whatever it holds ("Student Chess Society").
 */
export function scoreTitle(text: string, kind: SectionKind): number {
  const score =
    ((kind === 'education' ? DEGREE_CUES.test(text) : hasTitleCue(text)) ? 2 : 0) -
    (kind === 'education' ? (SCHOOL_CUES.test(text) ? 2 : 0) : ORG_CUES.test(text) ? 1 : 0);
  if (kind === 'education') return score;
  const head = headWord(text);
  // "Hart & Lowe Solicitors", "Kelly & Byrne Accountants": a firm named by its trade in the plural.
  const firm =
    /s$/u.test(head) && text.trim().split(/\s+/u).length >= 2 && /^\p{Lu}/u.test(head) && TITLE_CUES.test(head);
  if (firm && /&|\band\b/u.test(text)) return -1;
  return ORG_CUES.test(head) && !TITLE_CUES.test(head) ? Math.min(score, -1) : score;
}
