/**
 * `npm run eval`: the project's own measurements of coaching quality — rules on the labeled resumes
 * (recall, false positives on traps) and intent recognition on the labeled questions.
 */
import { evalRules, formatEval } from './eval-rules.js';
import { evalIntents, INTENT_ACCURACY_TARGET, printIntentEval } from './eval-intents.js';

const rules = evalRules();
console.log(formatEval(rules));
const intents = evalIntents();
printIntentEval(intents);
const ok = rules.ok && intents.accuracy >= INTENT_ACCURACY_TARGET;
console.log(`\n${ok ? 'All eval targets met' : 'An eval target is missed'}`);
process.exitCode = ok ? 0 : 1;
