/**
 * Some PDFs (Awesome-CV via pdf.js) run the name into the title on the first line:
 * "Derek ThomasAI Solutions Architect". Split it when the first part looks like a name (2–4 capitalised
 * words) and the rest looks like a title (two or more words), at a lowercase→Uppercase boundary inside a word.
 */
const NAME_PARTICLES = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|O')$/;

export function splitGluedNameTitle(line: string): string[] {
  if (line.length > 120) return [line];
  const boundary = /(\p{Ll})(\p{Lu})/gu;
  for (const match of line.matchAll(boundary)) {
    const at = (match.index ?? 0) + 1;
    const name = line.slice(0, at);
    const title = line.slice(at);
    const nameWords = name.split(' ');
    const last = nameWords[nameWords.length - 1] ?? '';
    const nameLooksRight =
      nameWords.length >= 2 &&
      nameWords.length <= 4 &&
      nameWords.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w)) &&
      last.length >= 3 &&
      !NAME_PARTICLES.test(last) &&
      // The glued word itself has no inner capital (not "McDonald" / "DeShawn").
      !/\p{Ll}\p{Lu}/u.test(last.slice(1));
    const titleWords = title.trim().split(/\s+/);
    const titleLooksRight = titleWords.length >= 2 && /^\p{Lu}/u.test(title);
    if (nameLooksRight && titleLooksRight) return [name, title.trim()];
  }
  return [line];
}
