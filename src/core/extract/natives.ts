/**
 * pdf.js's legacy build (the one pdf-parse loads) bundles core-js, which swaps a few built-ins for
 * spec-polyfills written in JavaScript: Array.prototype.push and JSON.parse among them. In a worker that
 * only parses files those polyfills add nothing but cost (~10% of the CPU time per file, measured), so the
 * worker keeps the engine's own versions: import this module before pdf-parse, then call restoreNatives()
 * once pdf.js and its worker code are loaded.
 */
const nativePush = Array.prototype.push;
const nativeJsonParse = JSON.parse;

export function restoreNatives(): void {
  if (Array.prototype.push !== nativePush) {
    Object.defineProperty(Array.prototype, 'push', {
      value: nativePush,
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
  if (JSON.parse !== nativeJsonParse) {
    Object.defineProperty(JSON, 'parse', {
      value: nativeJsonParse,
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
}
