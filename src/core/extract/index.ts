/**
 * Extraction: file bytes (or pasted text) → cleaned text, links and page facts.
 *
 *   const result = await extractFile(bytes, { fileName, maxBytes, maxPages, timeoutMs, maxTotalPages });
 *   const pasted = extractPastedText(text);
 *
 * The format is sniffed from the bytes. PDF and DOCX are parsed in a pool of child processes (2 by default)
 * with a time limit, a heap cap and a resident-memory watch; errors are CodedErrors with the codes listed in
 * errors.ts and a message safe to show. Idle workers never keep the process alive; call warmUpExtractors()
 * at start-up to avoid the first file's cold start, shutdownExtractors() to stop them.
 */
export { extractFile, shutdownExtractors, warmUpExtractors, warmUpOcr } from './extract-file.js';
export { configureOcr } from './ocr-config.js';
export { extractPastedText } from './text.js';
