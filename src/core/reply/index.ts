export * from './types.js';
export { buildReviewDocument, MAX_BULLETS_PER_SECTION } from './build.js';
export { renderPlainText } from './render-text.js';
export { deltaMessage } from './delta-message.js';
export { sectionLabel, toneOf } from './labels.js';
