/**
 * What a bullet is about decides which numbers belong in it. Each topic has the outcome clause a rewrite
 * appends (placeholders in [brackets], never a real-looking number) and where such numbers usually live.
 * Order matters: the first topic whose pattern matches wins, so specific topics come before broad ones.
 */
export interface Topic {
  id: string;
  pattern: RegExp;
  outcome: string;
  where: string;
}

const WHERE_SERVICE =
  'APM and metrics dashboards (Grafana, Datadog, CloudWatch) or a load-test report: compare p99 latency and peak QPS the week before and after the change.';

export const TOPICS: readonly Topic[] = [
  {
    id: 'accessibility',
    pattern: /\b(accessibility|accessible|a11y|wcag|aria|screen readers?)\b/i,
    outcome: 'WCAG [level] reached, [N] issues fixed',
    where: 'Accessibility audit reports (axe, Lighthouse) and the issue tracker.',
  },
  {
    id: 'web-performance',
    pattern: /\b(page ?load|load times?|bundle|lighthouse|core web vitals|lcp|cls|inp|first paint|render(ing)?)\b/i,
    outcome: 'cut page load from [X] s to [Y] s',
    where: 'Lighthouse or WebPageTest runs, real-user monitoring of Core Web Vitals, and the bundle analyser output.',
  },
  {
    id: 'latency',
    pattern:
      /\b(latency|latencies|response times?|p99|p95|slow|slowness|faster|speed( ?up)?|performance|optimi[sz](e|ed|ing|ation))\b/i,
    outcome: 'cut p99 latency from [X] ms to [Y] ms',
    where: WHERE_SERVICE,
  },
  {
    id: 'throughput',
    pattern: /\b(throughput|qps|rps|traffic|requests per second|scal(e|ed|ing|ability)|load|concurren(t|cy))\b/i,
    outcome: 'scaled to [N] QPS at [X] ms p99',
    where: WHERE_SERVICE,
  },
  {
    id: 'reliability',
    pattern:
      /\b(on-?call|incidents?|outages?|production issues|availability|uptime|reliab(le|ility)|monitoring|alert(s|ing)?|slos?|failover|resilien(t|ce)|postmortems?|disaster recovery)\b/i,
    outcome: 'availability at [99.9]%, incidents down from [N] to [M] a quarter',
    where:
      'SLO dashboards, the status page, pager history and incident reviews (postmortems) give availability and incident counts.',
  },
  {
    id: 'security',
    pattern:
      /\b(security|secure|encrypt(ed|ion)?|compliance|compliant|fedramp|soc ?2|iso ?27001|gdpr|hipaa|pci|audits?|vulnerabilit(y|ies)|pen(etration)? tests?|iam|secrets?)\b/i,
    outcome: '[N] findings closed, audit passed in [N] weeks',
    where: 'The audit report, the security tracker or scanner (Snyk, Dependabot) and the compliance team.',
  },
  {
    id: 'data-migration',
    pattern:
      /^(?=.*\bmigrat(?:e|ed|es|ing|ion|ions)\b)(?=.*\b(?:database|databases|data|schemas?|tables?|records|rows|sql|postgres(?:ql)?|mysql|mongodb)\b)/i,
    outcome: 'moved [size] of data with [N] minutes of downtime',
    where: 'The migration plan or runbook, the change tickets, and database metrics from the cut-over window.',
  },
  {
    id: 'migration',
    pattern: /\bmigrat(e|ed|es|ing|ion|ions)\b/i,
    outcome: 'moved [N] services with [N] minutes of downtime',
    where: 'The migration plan or runbook, the change tickets, and the deploy history from the cut-over.',
  },
  {
    id: 'messaging',
    pattern: /\b(kafka|rabbitmq|sqs|pub\/sub|queues?|consumers?|producers?|event streams?|message bus)\b/i,
    outcome: '[N] messages per second, consumer lag under [X] s',
    where: 'Broker metrics (consumer lag, messages in and out per second) in your monitoring dashboards.',
  },
  {
    id: 'storage',
    pattern:
      /\b(database|databases|db|sql|postgres(ql)?|mysql|mongodb|redis|cach(e|es|ing)|kafka|queues?|storage|(database|db|table) schemas?|index(es|ing)?|shard(s|ed|ing)?|replication|data store|data models?)\b/i,
    outcome: '[size] of data, query time down from [X] ms to [Y] ms',
    where:
      'Database monitoring and slow-query logs give query times; table and bucket sizes are in the database console or storage metrics.',
  },
  {
    id: 'hiring',
    pattern: /\b(hiring|interview(s|ed|ing)?|recruit(ing|ment)?)\b/i,
    outcome: '[N] interviews run, [N] hires',
    where: 'Your recruiting tool or calendar, and the hiring manager.',
  },
  {
    id: 'reviews',
    pattern: /\b(code reviews?|pull requests?|reviews?)\b/i,
    outcome: '[N] reviews a month for [M] engineers',
    where: 'Pull-request history and your team’s review stats.',
  },
  {
    // Who was taught: people of any job, so no engineering words ("Trained new starters on the scanners").
    id: 'mentoring',
    pattern:
      /\b(mentor(ed|ing|s)?|onboard(ed|ing)?|coach(ed|ing)?|train(ed|ing)? (new|junior)|new (starters|hires|joiners))\b/i,
    outcome: '[N] people trained, up to speed in [N] weeks instead of [M]',
    where: 'Onboarding records, training logs and your own notes on who you mentored.',
  },
  {
    id: 'testing',
    pattern:
      /\b(tests?|testing|test suites?|pytest|jest|junit|cypress|playwright|selenium|regression|e2e|end-to-end)\b/i,
    outcome: '[X]% coverage, [N] bugs caught before release',
    where: 'The CI test reports, the coverage tool and the bug tracker.',
  },
  {
    id: 'cost',
    pattern: /\b(costs?|spend(ing)?|budget|billing|savings?|cloud bill|aws bill|infrastructure costs?)\b/i,
    outcome: 'saving $[N] a month',
    where: 'The cloud billing console or cost explorer, or the monthly finance report.',
  },
  {
    id: 'ml',
    pattern: /\b(models?|machine learning|ml|classifier|recommendation|inference|nlp|llms?|embeddings)\b/i,
    outcome: '[metric] up from [X]% to [Y]% over the baseline',
    where: 'Your experiment tracker (MLflow, Weights & Biases) and the A/B-test readout.',
  },
  {
    id: 'data-pipeline',
    pattern: /\b(etl|elt|data pipelines?|airflow|dbt|spark|warehouse|ingestion|batch jobs?|data lake)\b/i,
    outcome: '[N] GB a day, runtime down from [X] min to [Y] min',
    where: 'The orchestrator run history (Airflow, dbt Cloud) and warehouse usage statistics.',
  },
  {
    id: 'mobile',
    pattern: /\b(ios|android|mobile app|app store|google play|react native|flutter|swift|kotlin)\b/i,
    outcome: '[N] monthly users, [99.9]% crash-free sessions',
    where: 'App Store Connect or Google Play Console, and your crash reporter (Crashlytics, Sentry).',
  },
  {
    id: 'infrastructure',
    pattern:
      /\b(terraform|ansible|pulumi|cloudformation|infrastructure|kubernetes|k8s|helm|clusters?|aws|gcp|azure)\b/i,
    outcome: '[N] environments managed, provisioning down from [X] min to [Y] min',
    where: 'Your infrastructure repository history, the cloud console and deploy logs.',
  },
  {
    id: 'automation',
    pattern:
      /\b(tools?|tooling|scripts?|automat(e|ed|ion|ing)|ci|cd|ci\/cd|build|deploy(s|ment|ments)?|releases?|internal tools?)\b/i,
    outcome: 'saving [N] hours a week for [M] people',
    where: 'CI dashboards, deploy logs and ticket history; the people who use the tool can tell you the time it saves.',
  },
  {
    id: 'support',
    pattern: /\b(escalations?|tickets?|support requests?|customer issues|help ?desk)\b/i,
    outcome: '[N] tickets a month, resolution time down from [X] h to [Y] h',
    where: 'The support or ticketing tool (Zendesk, Jira Service Management) reports.',
  },
  {
    id: 'reporting',
    pattern: /\b(reporting|reports?|dashboards?|analytics|kpis?|metrics)\b/i,
    outcome: 'used by [N] people every week, [N] hours of manual work saved',
    where: 'Usage stats of the BI tool (Looker, Tableau) and the people who used to build the reports by hand.',
  },
  {
    id: 'revenue',
    pattern: /\b(revenue|sales|deals?|pipeline value|quota|upsell|conversion)\b/i,
    outcome: '$[N] in revenue, [X]% conversion',
    where: 'CRM reports or the sales or finance dashboard.',
  },
  {
    id: 'service',
    pattern: /\b(apis?|endpoints?|services?|microservices?|backend|back-end|server|grpc|rest|graphql|platform)\b/i,
    outcome: 'cut p99 latency from [X] ms to [Y] ms at [N] QPS',
    where: WHERE_SERVICE,
  },
  {
    id: 'reach',
    pattern:
      /\b(users?|customers?|clients?|app|apps|features?|website|site|pages?|ui|dashboards?|product|checkout|portal|screens?|frontend|front-end)\b/i,
    outcome: 'used by [N] users',
    where: 'Product analytics (Amplitude, Mixpanel, Google Analytics) or the admin panel give user and usage counts.',
  },
];

export const DEFAULT_WHERE =
  'Dashboards, analytics, tickets or reports from that time; if none survive, ask a former manager or teammate for the figure.';

/** The first topic the text is about, leaving out the profile's `skip` ids (topics whose wording misfits it). */
export function pickTopic(text: string, skip: readonly string[] = []): Topic | null {
  return TOPICS.find((t) => !skip.includes(t.id) && t.pattern.test(text)) ?? null;
}
