/** The parts of tesseract.js's result the OCR modules read (its `blocks` output). */
export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface OcrSymbolLike {
  text: string;
  confidence: number;
  bbox: OcrBox;
}
export interface OcrWordLike {
  text: string;
  confidence: number;
  bbox: OcrBox;
  /** Its characters' boxes (tesseract's blocks output has them; lines built in tests may not). */
  symbols?: readonly OcrSymbolLike[];
}
export interface OcrLineLike {
  text: string;
  confidence: number;
  bbox: OcrBox;
  baseline: { x0: number; y0: number; x1: number; y1: number };
  rowAttributes: { rowHeight: number };
  words: OcrWordLike[];
}
export interface OcrBlockLike {
  paragraphs: { lines: OcrLineLike[] }[];
}
