/**
 * Runs before anything else in the worker process (import it first).
 * - Source maps: tsx switches them on, and Node then parses pdf.js's multi-megabyte maps into 60–200 MB of
 *   heap and seconds of CPU. The worker never needs pretty stack traces, so they go off before pdf.js loads.
 * - natives.ts records the engine's built-ins before pdf.js's core-js replaces them.
 */
import './natives.js';

process.setSourceMapsEnabled(false);
