import { z } from 'zod';

/**
 * Layout facts about one visual line of extracted text: the typography and position the section parser
 * uses as evidence (a heading is a short line set apart by size, font, capitals, spacing or a gap, in the
 * style the document uses for its other headings). One type for every producer: the PDF worker fills it
 * from pdf.js text items, OCR from tesseract's boxes, DOCX from paragraph styles. A fact the producer cannot
 * know is null (never guessed).
 *
 * `ExtractResult.lineFacts[i]` describes line i of `ExtractResult.text` split on "\n" (null for a blank line
 * or a line with no facts), so the two always have the same length.
 */
export const lineFactsSchema = z.object({
  /** 1-based page number. */
  page: z.number().int().positive(),
  /** Left edge, baseline and width in points, top-down page coordinates (null when unknown, e.g. DOCX). */
  x: z.number().nullable(),
  y: z.number().nullable(),
  width: z.number().nullable(),
  /** Font size in points (the largest on the line); null when unknown. */
  size: z.number().nullable(),
  /**
   * A document-local font id: two lines with the same id are set in the same font (PDF: pdf.js's font id;
   * DOCX: the paragraph style name; OCR: one id for the whole document). Null when unknown.
   */
  font: z.string().max(64).nullable(),
  /** Bold / italic when the producer knows it (font descriptor, DOCX run style); null when it does not. */
  bold: z.boolean().nullable(),
  italic: z.boolean().nullable(),
  /** Every letter upper case (as drawn, before clean-up). */
  caps: z.boolean(),
  /** Drawn letter by letter with gaps ("S K I L L S"). */
  letterSpaced: z.boolean(),
  /**
   * Space above the line ÷ the document's usual line gap (1 ≈ an ordinary next line, 2 ≈ a blank line's
   * worth); null at the top of a page or column, or when unknown.
   */
  gapAbove: z.number().nullable(),
  /** A rule or underline drawn under/over the line; null when the producer does not look. */
  rule: z.boolean().nullable(),
});
export type LineFacts = z.infer<typeof lineFactsSchema>;

/** The wire form: one entry per line of the extracted text. */
export const lineFactsListSchema = z.array(lineFactsSchema.nullable());

/** Letters all upper case (at least two letters). */
export function isAllCaps(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 2) return false;
  return letters.every((c) => c === c.toUpperCase() && c !== c.toLowerCase());
}

/** "S K I L L S", "E D U C A T I O N": most pieces single letters. */
export function isLetterSpacedText(text: string): boolean {
  const parts = text.trim().split(/\s+/u);
  return parts.length >= 4 && parts.filter((p) => [...p].length === 1).length / parts.length >= 0.8;
}
