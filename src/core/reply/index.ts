export * from './types.js';
export { buildReviewDocument, summaryMessage, sectionMessage, MAX_BULLETS_PER_SECTION } from './build.js';
export { renderPlainText, renderMessage } from './render-text.js';
export { deltaMessage } from './delta-message.js';
export { ruleLabel, sectionLabel, toneOf } from './labels.js';
