/**
 * The test split of the third fresh section-reading set (test/fixtures/fresh3-sections), drawn when its
 * labels were committed and before the parser was run on it: the files sorted by sha256(file name) in hex,
 * the first third (6 of 18). Scored only at the end; tune on the other files (the dev split).
 */
export const FRESH3_TEST: ReadonlySet<string> = new Set([
  '07-litigator.docx.txt',
  '05-pflege-de.pdf.txt',
  '14-phd-chem-size.pdf.txt',
  '17-dental-hygienist.txt',
  '13-zookeeper-sidebar.docx.txt',
  '15-plumber-caps.txt',
]);
