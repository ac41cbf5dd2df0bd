/**
 * A rewrite keeps who did what: a line whose agent is someone else (or that says what the user was asked or
 * given) gets no rewrite; "Responsible for" a number of people reads as supervising, mentoring or teaching them;
 * every profile ends a rewrite with its own outcome wording; an SRE's services are about uptime, not p99/QPS.
 */
import { describe, expect, it } from 'vitest';
import { rewriteBullet } from '../../src/core/review/rewrite.js';
import { getRoleProfile } from '../../src/core/roles/index.js';
import { ROLE_IDS } from '../../src/core/roles/types.js';

const nurse = getRoleProfile('healthcare');

describe('rewrites keep the agent', () => {
  it.each([
    'Trained by senior nurses in IV therapy',
    'Was trained by the ward sister in wound care',
    'Chosen by staff to represent the ward',
    'Supervised by the charge nurse during night shifts',
    'Was asked to train new staff',
    'Care plans were rated good or outstanding by the CQC inspector',
    'Lessons were observed as good or outstanding by the head teacher',
  ])('gives no rewrite for a line the user received: %s', (line) => {
    expect(rewriteBullet(line, nurse)).toBeNull();
  });

  it('still rewrites the user’s own passive ("by me") and a "by <how>" or "by <number>" phrase', () => {
    expect(rewriteBullet('Student nurses were mentored by me on placement', nurse)?.after).toMatch(
      /^Mentored student nurses on placement/,
    );
    expect(rewriteBullet('Improved handover by introducing a checklist', nurse)?.after).toMatch(
      /^Improved handover by introducing a checklist/,
    );
    expect(rewriteBullet('The rota was rebuilt in two weeks by splitting shifts', nurse)?.after).toMatch(
      /^Rebuilt the rota in two weeks by splitting shifts/,
    );
  });
});

describe('"Responsible for" people', () => {
  it.each([
    ['Responsible for 6 student nurses on placement each year', /^Mentored 6 student nurses on placement each year/],
    ['Responsible for 6 students', /^Mentored 6 students/],
    ['Responsible for 12 pupils', /^Taught 12 pupils/],
    ['Responsible for 8 staff on the night shift', /^Supervised 8 staff on the night shift/],
    ['Responsible for the training of 4 new staff', /^Trained 4 new staff/],
  ])('%s', (line, expected) => {
    const after = rewriteBullet(line, nurse)?.after ?? '';
    expect(after).toMatch(expected);
    expect(after).not.toMatch(/^Owned/);
  });
});

describe('outcome wording per profile', () => {
  it('every profile has its own fallback outcome clause', () => {
    const outcomes = ROLE_IDS.map((id) => getRoleProfile(id).voice.outcome);
    expect(new Set(outcomes).size).toBe(outcomes.length);
    expect(outcomes).not.toContain('[result], measured as [number]');
  });

  it('an SRE’s Linux services get reliability wording, not p99/QPS', () => {
    const after =
      rewriteBullet(
        'My role as a junior Linux engineer is to support the Linux team in managing the Linux services and virtual machine estate.',
        getRoleProfile('sre'),
      )?.after ?? '';
    expect(after).toMatch(/uptime|incidents|availability/);
    expect(after).not.toMatch(/p99|QPS/);
  });

  it('a backend engineer’s service line keeps the service wording', () => {
    expect(
      rewriteBullet('Maintained internal services for the platform team', getRoleProfile('backend'))?.after,
    ).toMatch(/p99/);
  });
});
