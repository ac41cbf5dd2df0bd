/**
 * The held-out split of ../shared/corpus, fixed before any tuning of the section parser (issue 12).
 *
 * Rule: text-layer files only, stratified into the 34 original files (MANIFEST rows 1–34) and the 40 added
 * later; within each stratum the files are sorted by sha256(file name) in hex and the first third
 * (rounded) is held out. Everything else is the tuning split. The list is written out so it never moves
 * when the corpus grows: new files join the tuning split until someone draws a new split, in a commit
 * of its own, before tuning on them.
 *
 * Tune only on the other files; `npm run eval:corpus` reports all, tuning and held-out separately and
 * `--verbose` shows kind sequences for tuning files only (`--verbose-all` for every file).
 */
export const HELD_OUT: ReadonlySet<string> = new Set([
  // original 34 (11 of 33 text-layer files)
  'xdvipdfmx_avishek.pdf',
  'cloudconvert_ngates.pdf',
  'pdftex_patrickking.pdf',
  'pdftex_teaching_carson.pdf',
  'word2019_prajwal.pdf',
  'canva_ux_chris.pdf',
  'pdftex_jake_fantino.pdf',
  'pdfshift_catherine.pdf',
  'luatex_halas.pdf',
  'pdftex_brianclark.pdf',
  'macword_accountant.pdf',
  // added 40 (13 of 39 text-layer files)
  'pdfcrowd_devops_ankit.pdf',
  'macword_business_dylan.pdf',
  'macword_frontend_leanne.pdf',
  'chromium_biomed_taehee.pdf',
  'word365_compeng_shammah.pdf',
  'word365_library_christina.pdf',
  'gdocs_marketing_daria.pdf',
  'livecareer_devops_madhav.pdf',
  'pdftex_ml_rohit.pdf',
  'moderncv_bioinfo_gus.pdf',
  'gdocs_backend_mostafa.pdf',
  'radpdf_cloud_keerthana.pdf',
  'pdfmaker_gamedesign_daniel.pdf',
]);
