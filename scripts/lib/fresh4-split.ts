/**
 * The test split of the fourth fresh section-reading set (test/fixtures/fresh4-sections), drawn when its
 * labels were committed and before the parser was run on it: the files sorted by sha256(file name) in hex,
 * the first third (8 of 24). Scored once, at the end; tune on the other files (the dev split). The set's
 * entry labels (entries.json) carry the split of the file they come from.
 */
export const FRESH4_TEST: ReadonlySet<string> = new Set([
  '18-ta-two-titles.txt',
  '24-physio-referees.txt',
  '06-content-marketing-canva.pdf.txt',
  '08-paralegal-docx-sidebar.docx.txt',
  '11-comptable-fr-bold.docx.txt',
  '20-retail-location-after-dates.txt',
  '14-accountant-zh.txt',
  '15-bakery-caps-sameface.pdf.txt',
]);
