import { describe, expect, it } from 'vitest';
import { classifyIntent, ruleNamedIn } from '../../src/core/conversation/answers/intents.js';
import { editDistance, Vocabulary } from '../../src/core/conversation/answers/normalize.js';
import { evalIntents, INTENT_ACCURACY_TARGET } from '../../scripts/eval-intents.js';

describe('intent recognition', () => {
  it('reaches the accuracy target on the labeled set of at least 150 questions', () => {
    const result = evalIntents();
    expect(result.total).toBeGreaterThanOrEqual(150);
    expect(result.accuracy).toBeGreaterThanOrEqual(INTENT_ACCURACY_TARGET);
  });

  it('tolerates typos', () => {
    expect(classifyIntent('how do i quantfy this').intent).toBe('quantify');
    expect(classifyIntent('what about my skils').intent).toBe('skills');
    expect(classifyIntent('is my sumary ok').intent).toBe('summary');
    expect(classifyIntent('perfomance numbers?').intent).toBe('performance');
  });

  it('names the rule a question is about', () => {
    expect(ruleNamedIn('what does vague-claim mean')).toBe('vague-claim');
    expect(ruleNamedIn('why passive voice?')).toBe('passive-voice');
    expect(ruleNamedIn('what is a weak opening')).toBe('weak-opening');
    expect(ruleNamedIn('how do I quantify this')).toBeNull();
    expect(classifyIntent('explain the first person finding')).toMatchObject({
      intent: 'finding',
      rule: 'first-person',
    });
  });

  it('sends off-topic and empty questions to unknown', () => {
    expect(classifyIntent('tell me a joke about cats').intent).toBe('unknown');
    expect(classifyIntent('').intent).toBe('unknown');
    expect(classifyIntent('???').intent).toBe('unknown');
  });

  it('does not correct short words into cue words', () => {
    const vocab = new Vocabulary(['ats', 'skills', 'quantify']);
    expect(vocab.correct('cats')).toBe('cats');
    expect(vocab.correct('skilss')).toBe('skills');
    expect(editDistance('quantfy', 'quantify', 2)).toBe(1);
    expect(editDistance('abc', 'xyz12345', 2)).toBe(3);
  });
});
