// Follow-up answers: intent recognition + answers about the user's own review. (Work in progress by the lead.)
export { classifyIntent, INTENTS, type Intent, type IntentResult } from './intents.js';
export { answerQuestion, type AnswerInput } from './answer.js';
