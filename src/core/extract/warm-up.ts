import { buildTextPdf } from './raw-pdf.js';

/** A small text PDF the worker parses once at start-up, so the first real file does not pay for loading pdf.js. */
export const WARM_UP_PDF: Uint8Array = buildTextPdf([
  'Warm-up document for the extraction worker',
  'Experience: built and shipped services, measured latency and throughput',
  'Education: example university, 2020 - 2024',
]);
