import { describe, it, expect } from 'vitest';
import { REWRITE_VOCABULARY, rewriteBullet } from '../../src/core/review/rewrite.js';
import { PAST_TO_BASE } from '../../src/core/text/verbs/irregular.js';
import { ROLE_PROFILES, getRoleProfile } from '../../src/core/roles/index.js';

const backend = getRoleProfile('backend');

function rewritten(bullet: string, role = backend): string {
  const r = rewriteBullet(bullet, role);
  if (!r) throw new Error(`no rewrite for ${bullet}`);
  return r.after;
}

describe('rewriteBullet: the example from the design', () => {
  it('turns "Responsible for the orders API" into an owned outcome with latency and QPS placeholders', () => {
    expect(rewritten('Responsible for the orders API')).toBe(
      'Owned the orders API: cut p99 latency from [X] ms to [Y] ms at [N] QPS by [how]',
    );
  });
});

describe('rewriteBullet: placeholders follow what the bullet is about', () => {
  const cases: [string, RegExp][] = [
    ['Worked on making the search endpoint faster', /\[X\] ms to \[Y\] ms/],
    ['Responsible for handling traffic spikes on the gateway', /\[N\] QPS/],
    ['Helped with on-call and various production issues', /\[99\.9\]%.*\[N\] to \[M\]/],
    ['Worked on database migrations for the billing service', /\[size\] of data/],
    [
      'Responsible for the Redis cache in front of the catalogue',
      /\[size\] of data, query time down from \[X\] ms to \[Y\] ms/,
    ],
    ['Worked on the customer portal', /\[N\] users/],
    ['Responsible for reducing cloud costs', /\$\[N\] a month/],
    ['Involved in building internal tools', /\[N\] hours a week/],
    ['Assisted senior engineers with code reviews', /\[N\] reviews a month/],
    ['Wrote integration tests for the label-printing service with pytest', /\[X\]% coverage/],
    ['Trained new starters on the handheld scanners', /^(?!.*engineers).*\[N\] people trained/],
    ['Worked on the churn prediction model', /\[X\]% to \[Y\]%/],
    ['Responsible for ETL pipelines in Airflow', /\[N\] GB a day/],
    ['Worked on the Android app', /crash-free/],
    ['Responsible for page load of the storefront', /\[X\] s to \[Y\] s/],
  ];
  for (const [bullet, expected] of cases) {
    it(`"${bullet}"`, () => {
      expect(rewritten(bullet)).toMatch(expected);
    });
  }
});

describe('rewriteBullet: weak phrasing goes, the subject matter stays', () => {
  const cases: [string, string][] = [
    ['The caching layer was designed by me to make things faster', 'Designed the caching layer to make things faster'],
    ['Involved in building internal tools', 'Built internal tools'],
    ['I built a dashboard for my team', 'Built a dashboard for the team'],
    ['Tasked with migrating the monolith to Kubernetes', 'Migrated the monolith to Kubernetes'],
    ['Duties included: writing ETL jobs in Airflow', 'Wrote ETL jobs in Airflow'],
    ['My role was to maintain the payments service.', 'Maintained the payments service'],
    ['Helped build the new checkout page in React', 'Built the new checkout page in React'],
    ['Made a Slack bot in order to utilize the deploy API', 'Built a Slack bot to use the deploy API'],
    ['Participated in design reviews', 'Contributed to design reviews'],
    ['Was responsible for 3 services handling 10k QPS', 'Owned 3 services handling 10k QPS'],
    ['I have led the migration of 12 services to gRPC', 'Led the migration of 12 services to gRPC'],
    ['Responsible for onboarding new engineers', 'Onboarded new engineers'],
    ['Responsible for monitoring dashboards', 'Owned monitoring dashboards'],
    ['Worked on the billing service', 'Delivered the billing service'],
  ];
  for (const [bullet, start] of cases) {
    it(`"${bullet}" → starts "${start}"`, () => {
      expect(rewritten(bullet).startsWith(start)).toBe(true);
    });
  }

  it('drops filler words but no content', () => {
    const out = rewritten('Helped with various very important production issues');
    expect(out).not.toMatch(/various|very/);
    expect(out).toContain('important production issues');
  });

  it('asks "by [how]" only when the bullet named a duty and no verb of the user\'s', () => {
    expect(rewritten('Responsible for the orders API')).toMatch(/by \[how\]$/);
    expect(rewritten('Involved in building internal tools')).not.toMatch(/\[how\]/);
    expect(rewritten('Designed the caching layer')).not.toMatch(/\[how\]/);
  });

  it('keeps numbers the user gave and adds none', () => {
    const out = rewritten('Was responsible for 3 services handling 10k QPS');
    expect(out).toContain('3 services handling 10k QPS');
    expect(out).not.toMatch(/\[X\]|\[N\]/);
  });

  it('adds a place for a number when the only digits are a fixed phrase such as "24/7"', () => {
    // The rules and the rewrite share one hasMetric: the rule flags this bullet, so the rewrite must leave room.
    const r = rewriteBullet('Supported 24/7 on-call rotation for the payments API', backend);
    expect(r?.after).toMatch(/^Supported 24\/7 on-call rotation for the payments API(?: by \[how\])?: /);
    expect(r?.placeholders.length).toBeGreaterThan(0);
  });
  it('uses a colon, or a dash when the bullet already has one', () => {
    expect(rewritten('Built the ledger service')).toContain('Built the ledger service: ');
    expect(rewritten('Built the linter: rules for the monorepo')).toMatch(
      /^Built the linter: rules for the monorepo — /,
    );
  });
});

describe('rewriteBullet: when there is nothing to rewrite', () => {
  it('returns null for a strong, quantified bullet', () => {
    expect(
      rewriteBullet('Designed the gRPC shipment-tracking API serving 12k QPS at 45 ms p99 across 3 regions', backend),
    ).toBeNull();
  });
  it("returns null for someone else's work in the passive voice", () => {
    expect(rewriteBullet('Tests were written by the QA team', backend)).toBeNull();
  });
  it('returns null for an empty bullet', () => {
    expect(rewriteBullet('   ', backend)).toBeNull();
  });
});

describe('rewriteBullet: where the numbers are', () => {
  it('points at dashboards or load tests for service numbers and incident reviews for reliability', () => {
    expect(rewriteBullet('Responsible for the orders API', backend)?.where).toMatch(/dashboard|load-test/i);
    expect(rewriteBullet('Helped with on-call', backend)?.where).toMatch(/incident reviews|postmortem/i);
    expect(rewriteBullet('Worked on the customer portal', backend)?.where).toMatch(/analytics/i);
    expect(rewriteBullet('Responsible for reducing cloud costs', backend)?.where).toMatch(/billing/i);
  });
  it('lists the placeholders in order, once each', () => {
    expect(rewriteBullet('Responsible for the orders API', backend)?.placeholders).toEqual([
      '[X]',
      '[Y]',
      '[N]',
      '[how]',
    ]);
  });
  it('uses the role pillar placeholder when no topic fits', () => {
    const r = rewriteBullet('Wrote the OAuth scopes', getRoleProfile('api'));
    expect(r?.after).toContain(getRoleProfile('api').pillars.find((p) => p.id === 'security')?.placeholder);
  });
});

// Every word of a rewrite must come from the bullet, from the fixed template vocabulary, or be the past
// tense of the user's own verb: the rewrite never invents facts.
const BULLETS = [
  'Responsible for the orders API',
  'Worked on database migrations for the billing service',
  'Helped with on-call and various production issues',
  'The caching layer was designed by me to make things faster',
  'Involved in building internal tools',
  'Assisted senior engineers with code reviews',
  'I built a dashboard for my team',
  'Tasked with migrating the monolith to Kubernetes',
  'Duties included: writing ETL jobs in Airflow',
  'My role was to maintain the payments service.',
  'Helped build the new checkout page in React',
  'Made a Slack bot in order to utilize the deploy API',
  'Participated in design reviews',
  'Worked with the data team on the nightly Spark jobs',
  'Responsible for the mobile release train',
  'In charge of vendor integrations for the logistics platform',
  'Worked on accessibility of the signup form',
  'Did code reviews for the frontend guild',
  'Handled customer escalations for the enterprise tier',
  'Involved in the hiring loop for backend roles',
  'I was part of the team that rewrote the search indexer',
  'Supported the finance team with monthly reporting',
  'Took care of the CI pipeline for the monorepo',
  'Responsible for the GraphQL schema of the storefront',
  'Maintained the Terraform modules for staging',
  'Worked on fraud detection models with XGBoost',
  'Responsible for Kafka consumers in the payments domain',
];

function words(text: string): string[] {
  return text
    .replace(/\$?\[[^\]]+\]/g, ' ')
    .toLowerCase()
    .split(/[^a-z0-9%$.-]+/)
    .map((w) => w.replace(/^[.-]+|[.-]+$/g, ''))
    .filter((w) => w.length > 0);
}

/** "building" → "built"-like stems, "maintain" → "maintained", "ship" → "shipped". */
function isOwnVerbInPast(own: string, word: string): boolean {
  if (own.length >= 5 && own.endsWith('ing') && word.startsWith(own.slice(0, -4))) return true;
  return (
    own.length >= 3 && [`${own}ed`, `${own}d`, `${own.slice(0, -1)}ied`, `${own}${own.slice(-1)}ed`].includes(word)
  );
}

// The profile's own outcome clauses are fixed template text too (a nurse's outcome is about patients).
const roleWords = new Set(
  ROLE_PROFILES.flatMap((r) => [
    ...r.pillars.flatMap((p) => [...words(p.placeholder), ...words(p.outcome ?? '')]),
    ...words(r.voice.outcome),
  ]),
);

describe('rewriteBullet never invents facts', () => {
  for (const role of ROLE_PROFILES) {
    it(`only uses the bullet's words and the fixed vocabulary (${role.id})`, () => {
      for (const bullet of BULLETS) {
        const r = rewriteBullet(bullet, role);
        if (!r) continue;
        const own = new Set(words(bullet));
        for (const word of words(r.after)) {
          const fromUser = own.has(word) || [...own].some((w) => isOwnVerbInPast(w, word));
          const allowed = fromUser || REWRITE_VOCABULARY.has(word) || PAST_TO_BASE.has(word) || roleWords.has(word);
          expect(allowed, `"${word}" in "${r.after}" (from "${bullet}")`).toBe(true);
        }
        // …and keeps the subject matter: the bullet's last word survives.
        const tail = words(bullet).at(-1) ?? '';
        expect(words(r.after)).toContain(tail);
      }
    });
  }

  it('produces no digits that were not in the bullet', () => {
    for (const bullet of BULLETS) {
      const r = rewriteBullet(bullet, backend);
      const invented = words(r?.after ?? '').filter(
        (w) => /\d/.test(w) && !REWRITE_VOCABULARY.has(w) && !bullet.toLowerCase().includes(w),
      );
      expect(invented, bullet).toEqual([]);
    }
  });
});

describe('rewriteBullet: long bullets', () => {
  it('puts the outcome in its own sentence after several sentences', () => {
    const out = rewritten('Worked on retries and the ledger for the payments team. Took over the refund flow, etc.');
    expect(out).toMatch(
      /^Delivered retries and the ledger for the payments team\. Took over the refund flow\. Result: /,
    );
    expect(out).not.toMatch(/etc/);
  });
});

describe('rewriteBullet: tool-first bullets', () => {
  it('leads with the user\'s own verb: "Used X to create Y" → "Created Y with X"', () => {
    expect(rewritten('Used the Stripe API to create a refund tool for support agents')).toMatch(
      /^Created a refund tool for support agents with the Stripe API: /,
    );
  });
  it('picks security numbers for compliance work', () => {
    expect(rewritten('Worked with the security team on SOC 2 controls')).toMatch(/findings closed/);
  });
});
