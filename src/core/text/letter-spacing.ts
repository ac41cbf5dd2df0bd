/**
 * Letter-spaced headings ("S T U D E N T", "E D U C A T I O N A N D C E R T I F I C A T I O N") come out of
 * PDFs with a space between every letter, often with the word gaps lost. We collapse the run and, when the
 * result splits fully into known resume words, put the word spaces back.
 */
const WORDS = new Set(
  `
  about academic achievement achievements activities additional analyst and application areas art awards
  back background career certificate certificates certification certifications check competencies contact core
  course courses coursework creative curricular data design designer details developer development
  education employment end engineer engineering experience experiences expertise extra for freelance front
  full graphic hard highlights history hobbies honors honours information interests intern internship
  internships involvement key language languages leadership links me media my objective objectives of
  organizations other out personal portfolio product professional profile projects project publications
  qualifications recent references relevant research science scientist selected skill skills social soft
  software stack strengths student studies summary technical technologies the to tools training ui ux
  volunteer volunteering web work works manager management marketing business sales teacher
  `
    .split(/\s+/)
    .filter(Boolean),
);
const MAX_WORD = Math.max(...[...WORDS].map((w) => w.length));

/** Splits `joined` into dictionary words (fewest words wins), or null when it cannot be split fully. */
export function segmentWords(joined: string): string[] | null {
  const lower = joined.toLowerCase();
  const n = lower.length;
  // best[i] = fewest words covering lower[0..i), with the split point that achieves it.
  const best: { count: number; from: number }[] = [{ count: 0, from: -1 }];
  for (let i = 1; i <= n; i += 1) {
    best[i] = { count: Infinity, from: -1 };
    for (let j = Math.max(0, i - MAX_WORD); j < i; j += 1) {
      const prev = best[j];
      const here = best[i];
      if (prev && here && prev.count + 1 < here.count && WORDS.has(lower.slice(j, i))) {
        best[i] = { count: prev.count + 1, from: j };
      }
    }
  }
  if (!Number.isFinite(best[n]?.count)) return null;
  const words: string[] = [];
  for (let i = n; i > 0; ) {
    const from = best[i]?.from ?? 0;
    words.unshift(joined.slice(from, i));
    i = from;
  }
  return words;
}

function collapseRun(run: string): string {
  const joined = run.replace(/ /g, '');
  if (joined.length < 8) return joined;
  const words = joined.replace(/&/g, ' & ').split(' ').filter(Boolean);
  return words.map((w) => (w === '&' ? w : (segmentWords(w)?.join(' ') ?? w))).join(' ');
}

// Three or more single letters (or '&') separated by exactly one space, not glued to other word characters.
const RUN = /(?<![\p{L}\p{N}])(?:[\p{L}&] ){2,}[\p{L}&](?![\p{L}\p{N}])/gu;

/** "S T U D E N T" → "STUDENT"; runs separated by two or more spaces stay separate words. */
export function collapseLetterSpacing(line: string): string {
  // Headings are short; long lines are never letter-spaced (and would make the pattern slow).
  if (line.length > 400 || !/(?:\p{L} ){2}\p{L}/u.test(line)) return line;
  return line.replace(RUN, (run) => {
    const letters = run.replace(/[ &]/g, '');
    return letters.length >= 3 ? collapseRun(run) : run;
  });
}
