import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../src/core/resume/index.js';
import { getRoleProfile } from '../../src/core/roles/index.js';
import { runRules } from '../../src/core/rules/index.js';
import { STRONG_BACKEND_RESUME, WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';
import { NOW } from './helpers.js';

/** The shared sample resumes, through the real parser and the real backend profile. */
describe('rules on the shared sample resumes', () => {
  const backend = getRoleProfile('backend');
  const run = (lines: readonly string[]) =>
    runRules({ resume: parseResumeText(lines.join('\n')), role: backend, now: NOW });

  it('finds the weak resume’s duties, claims, flat skills and missing performance pillar', () => {
    const f = run(WEAK_BACKEND_RESUME);
    const by = (rule: string) => f.filter((x) => x.rule === rule).map((x) => x.evidence ?? x.pillar);
    expect(by('vague-duty')).toEqual(
      expect.arrayContaining(['Responsible for the orders API', 'Involved in building internal tools']),
    );
    expect(by('vague-claim')).toEqual(
      expect.arrayContaining(['Passionate', 'strong backend experience', 'team player']),
    );
    expect(by('passive-voice')).toEqual(['The caching layer was designed by me to make things faster']);
    expect(by('missing-pillar')).toContain('performance');
    expect(by('skills-ungrouped')).toHaveLength(1);
  });

  it('leaves the strong resume with no bullet-level or structural findings', () => {
    const rules = new Set(run(STRONG_BACKEND_RESUME).map((x) => x.rule));
    for (const id of [
      'vague-duty',
      'unquantified-bullet',
      'weak-opening',
      'first-person',
      'passive-voice',
      'missing-pillar',
      'missing-section',
      'missing-contact',
      'skills-ungrouped',
      'vague-claim',
      'metric-sanity',
      'tense-mismatch',
    ]) {
      expect(rules, id).not.toContain(id);
    }
  });
});
