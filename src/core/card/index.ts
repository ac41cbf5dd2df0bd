/** The score card: plain data in the reply document, rendered to a PNG by the adapter that posts it. */
export { CARD_HEIGHT, CARD_WIDTH, type Card, type DeltaCard, type ScoreCard } from './types.js';
export { deltaCardOf, scoreCardOf, shortFix } from './from-report.js';
export { layoutCard, measureText, renderCard, renderCardSync } from './render.js';
export { cardAltText, cardCaption } from './alt-text.js';
export type { Op } from './ops.js';
