/** Lines that report a recognition rather than work ("Promoted to team lead", "Rated outstanding by patients"). */
export const RECOGNITION =
  /^[^\p{L}]*(?:was\s+)?(promoted|awarded|received|won|selected|named|recognized|recognised|nominated|elected|invited|granted|honou?red|featured|published|shortlisted|rated|ranked|voted)\b|\b(?:was|been|got)\s+(?:promoted|awarded|selected|named|nominated|featured|recognized|recognised)\b/iu;

export function isRecognition(line: string): boolean {
  return RECOGNITION.test(line);
}
