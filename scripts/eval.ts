/**
 * `npm run eval`: the project's own measurements of coaching quality — rules on the labeled resumes
 * (recall, false positives on traps), follow-up answer quality on the labeled question set (train and
 * test splits), entry headers and list items on labeled section bodies, and intent recognition (a diagnostic only).
 */
import { evalAnswers, printAnswerEval } from './eval-answers/run.js';
import { evalEntries, formatEntries } from './eval-entries.js';
import { evalIntents, printIntentEval } from './eval-intents.js';
import { evalRewrites, formatRewrites } from './eval-rewrites.js';
import { evalRules, fixturesOf, formatEval, formatSplitTotal } from './eval-rules.js';

// Rules: the dev split in full; the held-out test split as totals only (tune on dev).
const rules = evalRules(fixturesOf('dev'));
console.log(formatEval(rules));
console.log(formatSplitTotal('test', evalRules(fixturesOf('test'))));
console.log(`\n${formatEntries(evalEntries(), [])}`);
const rewrites = evalRewrites();
console.log(`\n${formatRewrites(rewrites, { splits: [] })}`);
const answers = await evalAnswers();
const answersOk = printAnswerEval(answers, process.argv.includes('--show-test'));
printIntentEval(evalIntents());
const ok = rules.ok && answersOk;
console.log(`\n${ok ? 'All eval targets met' : 'An eval target is missed'}`);
process.exitCode = ok ? 0 : 1;
