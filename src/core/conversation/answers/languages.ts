/**
 * "Are my languages in a good place", "do my languages need levels", "mis idiomas estan bien": the spoken
 * languages the resume names (a languages section, a skills item, a summary sentence, an "Other" line),
 * quoted as written, which of them carry a level, and where the line belongs.
 */
import type { Block, ReplyMessage } from '../../reply/types.js';
import { answer, type ReportView, sectionName } from './view.js';

/** Spoken and signed languages people list (lower case). */
const LANGUAGE_NAMES =
  'english spanish french german italian portuguese polish irish welsh gaelic tamil hindi urdu mandarin cantonese chinese japanese korean vietnamese arabic dutch flemish yoruba igbo hausa swahili catalan basque galician russian ukrainian turkish greek romanian hungarian czech slovak swedish norwegian danish finnish icelandic tagalog filipino malay indonesian thai bengali punjabi gujarati marathi telugu kannada malayalam sinhala nepali persian farsi dari pashto hebrew amharic somali zulu xhosa afrikaans lithuanian latvian estonian serbian croatian bosnian slovenian bulgarian albanian macedonian maltese luxembourgish bsl asl'.split(
    ' ',
  );
const NAME = new RegExp(`\\b(${LANGUAGE_NAMES.join('|')})\\b`, 'gi');

/** A level written next to a language: CEFR, or the words people use. */
const LEVEL =
  /\b([abc][12]|native|mother tongue|first language|bilingual|fluent|fluency|near[- ]native|proficien\w*|professional|working|business|conversational|intermediate|advanced|basic|beginner|elementary|limited|reading|school level|some|good|excellent|upper|lower)\b/i;
const CEFR = /\b[abc][12]\b/i;

/** A question about the user's spoken languages (not "programming languages", not "language assistant"). */
export const LANGUAGES_ASK =
  /\b(?<!programming |coding |body |sign )(languages|idiomas?|langues?|sprachen|bilingual|multilingual|cefr)\b|\blanguage (levels?|section|skills?|line)\b|\bmy language\b/;
/** "do english and tamil need levels": a language's name with a level word. */
const NAMED_LEVEL = /\b(levels?|fluent|fluency|native|proficien\w*|cefr)\b/;

export function asksLanguages(text: string): boolean {
  if (/\bprogramming|coding\b/.test(text)) return false;
  if (LANGUAGES_ASK.test(text)) return true;
  return NAMED_LEVEL.test(text) && new RegExp(NAME.source, 'i').test(text);
}

interface LanguageLine {
  line: string;
  section: number;
  /** The languages it names, as written. */
  names: string[];
  /** Names with no level next to them. */
  bare: string[];
}

/** A line that lists spoken languages with a level ("Irish (fluent), French (school level)") or says bilingual. */
export function listsLanguages(line: string): boolean {
  const names = [...line.matchAll(NAME)].map((m) => m[1]!);
  if (names.length === 0) return false;
  return /\b(bilingual|trilingual)\b/i.test(line) || LEVEL.test(line.replace(NAME, ' '));
}

const isLevelOnly = (line: string) => LEVEL.test(line) && !new RegExp(NAME.source, 'i').test(line);

/** The lines that name spoken languages, each with the names that carry no level. */
export function languageLines(report: ReportView): LanguageLine[] {
  const out: LanguageLine[] = [];
  report.sections.forEach((s, section) => {
    if (s.kind === 'contact') return;
    const lines = [...new Set([...(s.lines ?? []), ...(s.entries ?? []).flatMap((e) => e.bullets ?? [])])];
    const source = lines.length > 0 ? lines : (s.items ?? []);
    source.forEach((line, i) => {
      const names = [...line.matchAll(NAME)].map((m) => m[1]!);
      if (names.length === 0) return;
      // A skills or "Other" line names a language only next to a level or in a languages section; a bullet
      // ("Localised a German e-bike maker's website into English") is about the work, not the languages.
      const inLanguages = s.kind === 'languages';
      const pieces = line.split(/[,;·|•/]|\band\b/);
      const bare: string[] = [];
      let levelled = 0;
      for (const name of names) {
        const piece = pieces.find((p) => new RegExp(`\\b${name}\\b`, 'i').test(p)) ?? '';
        const next = source[i + 1] ?? '';
        const withLevel = LEVEL.test(piece.replace(new RegExp(`\\b${name}\\b`, 'i'), '')) || isLevelOnly(next);
        if (withLevel) levelled++;
        else bare.push(name);
      }
      const listLike = line.split(/\s+/).length <= 12 || /\b(bilingual|fluent|native|languages?)\b/i.test(line);
      const labelled = /^\W*languages?\s*[:\-–—]/i.test(line);
      if (!inLanguages && !labelled && (levelled === 0 || !listLike) && !/\b(bilingual|trilingual)\b/i.test(line))
        return;
      out.push({ line, section, names, bare });
    });
  });
  return out;
}

export function languagesAnswer(report: ReportView): ReplyMessage {
  const found = languageLines(report);
  const blocks: Block[] = [];
  if (found.length === 0) {
    blocks.push({
      type: 'paragraph',
      text: 'I found no languages on your resume. If you speak more than one, add a short Languages line near the end with a level for each, e.g. "Spanish (fluent), French (B1)".',
    });
    return answer('Your languages', blocks);
  }
  const where = [...new Set(found.map((f) => sectionName(report.sections[f.section]!)))];
  blocks.push({ type: 'paragraph', text: `Your languages, as written (${where.join(', ')}):` });
  for (const f of found.slice(0, 4)) blocks.push({ type: 'quote', text: f.line });
  const bare = [...new Set(found.flatMap((f) => f.bare))];
  const all = [...new Set(found.flatMap((f) => f.names.map((n) => n.toLowerCase())))];
  const cefr = found.some((f) => CEFR.test(f.line));
  const words = found.some((f) => LEVEL.test(f.line.replace(/\b[abc][12]\b/gi, '')));
  const levels: string[] = [];
  if (bare.length > 0)
    levels.push(
      `No level on ${bare.join(', ')}: give every language a level a reader can compare — native, fluent, professional working, conversational or basic, or a CEFR level (A1–C2). A language with no level reads as a guess.`,
    );
  else
    levels.push(
      'Every language carries a level, which is what a reader needs. Keep the levels honest: an interview may switch language.',
    );
  if (cefr && words)
    levels.push(
      'You mix CEFR levels and words; either is fine, one scale throughout reads cleaner (e.g. "native" for your first language, CEFR for the rest).',
    );
  blocks.push({ type: 'list', items: levels });
  const placement: string[] = [];
  const sections = new Set(found.map((f) => f.section));
  if (sections.size > 1)
    placement.push(
      'They appear in more than one place: list them once, on one Languages line; mention one in the summary only when the job needs that language.',
    );
  placement.push(
    all.length > 1
      ? 'Where: a short Languages line or section after skills is standard; move it up, under the summary, when the job uses the language (translation, bilingual customer or patient work, international sales).'
      : 'Where: a short Languages line after skills.',
  );
  blocks.push({ type: 'list', items: placement });
  return answer('Your languages', blocks);
}
