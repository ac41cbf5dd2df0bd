/**
 * Phone numbers in international and national formats: +1-123-456-7890, +44 20 7946 0958,
 * (415) 555-0142, +91 98765 43210, (+60) 17-287-7614, 0176 1234567, 2893396221.
 */

const CANDIDATE_RE = /(?<![\w.@/])(?:\(\+?\d{1,4}\)\s*|\+\s?)?\d[\d\s().\-–‑‐]{5,22}\d(?![\w@]|\.\d)/gu;
const YEAR_RE = /^(?:19|20)\d{2}$/u;

export interface PhoneMatch {
  text: string;
  index: number;
  digits: string;
}

function looksLikeDates(text: string): boolean {
  const groups = text.split(/[^\d]+/u).filter((g) => g.length > 0);
  // "06 12 34 56 78" (French style, five pairs) is a number read in pairs, not dates.
  const pairs = (groups.length === 5 || groups.length === 6) && groups.every((g) => g.length === 2);
  if (groups.length >= 2 && !pairs && groups.every((g) => YEAR_RE.test(g) || g.length <= 2)) return true;
  // 06/2021 - 08/2021, 2022/10-2024/07
  return /^\d{1,4}[/.]\d{1,4}\s*[-–]\s*\d{1,4}[/.]\d{1,4}$/u.test(text.trim());
}

/**
 * Phone-number candidates in a line. `labelled` lowers the bar (8 digits) when the line says
 * "Phone:", "Mobile:" or similar; otherwise 9–15 digits are required, or a leading "+".
 */
export function findPhones(line: string, labelled = false): PhoneMatch[] {
  const found: PhoneMatch[] = [];
  CANDIDATE_RE.lastIndex = 0;
  for (let m = CANDIDATE_RE.exec(line); m !== null; m = CANDIDATE_RE.exec(line)) {
    const text = m[0].trim().replace(/[\s.\-–‑‐(]+$/u, '');
    const digits = text.replace(/\D/gu, '');
    const international = text.startsWith('+') || text.startsWith('(+');
    const min = labelled || international ? 7 : 9;
    if (digits.length < min || digits.length > 15) continue;
    // A leading "+" is a country code: never a date.
    if (!international && looksLikeDates(text)) continue;
    // A decimal like 3.945 or a long id with no separators and no label is not a phone.
    if (/^\d+\.\d+$/u.test(text)) continue;
    found.push({ text, index: m.index, digits });
  }
  return found;
}

export const PHONE_LABEL_RE =
  /\b(?:phone|mobile|mob|cell|tel|telephone|whatsapp|contact\s*no|ph)\b\.?\s*(?:no\.?|number)?\s*[:.]?/iu;
