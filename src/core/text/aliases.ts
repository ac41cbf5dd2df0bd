/**
 * The one alias table. Two relations, kept apart because they mean different things:
 * - spellings of the same thing ("k8s" = Kubernetes, "Postgres" = PostgreSQL): the job-description dictionary
 *   (tech-terms.ts) plus a few vocabulary terms it does not hold;
 * - names that show a broader term ("Kafka" shows a queue, "Django" shows Python, "EKS" shows Kubernetes).
 * Pillar coverage, the skills check and job-description matching all read it.
 */
import { TECH_TERMS } from './tech-terms.js';

/** Spellings of one thing that are not job-description terms of their own. */
const MORE_SPELLINGS: readonly (readonly string[])[] = [
  ['TypeScript', 'TS'],
  ['high availability', 'HA'],
  ['QPS', 'requests per second', 'queries per second', 'RPS', 'req/s'],
  ['load testing', 'load test', 'load tests', 'load-tested', 'stress test'],
  ['REST', 'RESTful APIs'],
];

/** Spellings that are also ordinary words or letters: matched with their case as written. */
const MORE_CASE_SENSITIVE = ['TS', 'HA'];

/** A broader term (each of its spellings, lowercase) → well-known names whose use shows it. */
const SHOWN_BY: Readonly<Record<string, readonly string[]>> = {
  queue: [
    'Kafka',
    'RabbitMQ',
    'SQS',
    'Kinesis',
    'NATS',
    'Pulsar',
    'ActiveMQ',
    'pub/sub',
    'message broker',
    'event stream',
  ],
  'message queue': ['Kafka', 'RabbitMQ', 'SQS', 'Kinesis', 'NATS', 'Pulsar', 'ActiveMQ', 'pub/sub', 'message broker'],
  database: [
    'PostgreSQL',
    'Postgres',
    'MySQL',
    'MariaDB',
    'MongoDB',
    'Cassandra',
    'DynamoDB',
    'SQLite',
    'CockroachDB',
    'Spanner',
    'Bigtable',
    'SQL Server',
    'Oracle DB',
  ],
  sql: ['PostgreSQL', 'MySQL', 'SQLite', 'SQL Server', 'Postgres', 'queries'],
  cache: ['Redis', 'Memcached'],
  caching: ['Redis', 'Memcached'],
  kubernetes: ['EKS', 'GKE', 'AKS'],
  latency: ['p99', 'p95', 'p90', 'p50', 'response time'],
  'load testing': ['k6', 'JMeter', 'Gatling', 'Locust'],
  monitoring: ['Prometheus', 'Grafana', 'Datadog', 'New Relic', 'alerting', 'observability'],
  'ci/cd': [
    'CI',
    'GitHub Actions',
    'Jenkins',
    'GitLab CI',
    'CircleCI',
    'build pipeline',
    'build pipelines',
    'deployment pipeline',
    'deployment pipelines',
    'release pipeline',
    'release pipelines',
  ],
  api: ['REST', 'gRPC', 'GraphQL', 'endpoint'],
  javascript: ['Node.js', 'React', 'TypeScript', 'Vue', 'Angular', 'Svelte', 'Next.js', 'Nuxt', 'jQuery', 'Express'],
  react: ['React Native'],
  aws: [
    'EC2',
    'S3',
    'Lambda',
    'DynamoDB',
    'SQS',
    'SNS',
    'ECS',
    'EKS',
    'CloudWatch',
    'RDS',
    'CloudFormation',
    'Kinesis',
    'Aurora',
  ],
  gcp: ['BigQuery', 'GKE', 'Cloud Run', 'Cloud Functions', 'Pub/Sub'],
  azure: ['AKS', 'Cosmos DB', 'Azure Functions'],
  docker: ['container', 'containers', 'containerized', 'containerised', 'Dockerized', 'Dockerfile'],
  terraform: ['infrastructure as code', 'IaC'],
  'machine learning': ['model', 'models'],
  python: ['Django', 'Flask', 'FastAPI', 'pandas', 'PyTorch'],
  java: ['Spring', 'Spring Boot', 'JVM'],
  'c#': ['.NET'],
  '.net': ['C#'],
};

const spellingGroups = new Map<string, Set<string>>();
for (const group of [...TECH_TERMS.map((t) => [t.name, ...t.aliases, ...(t.cs ?? [])]), ...MORE_SPELLINGS]) {
  const merged = new Set(group);
  for (const s of group) for (const known of spellingGroups.get(s.toLowerCase()) ?? []) merged.add(known);
  for (const s of merged) spellingGroups.set(s.toLowerCase(), merged);
}

const CASE_SENSITIVE: ReadonlySet<string> = new Set([...TECH_TERMS.flatMap((t) => t.cs ?? []), ...MORE_CASE_SENSITIVE]);

/** Whether a spelling must match with its case as written ("Go", "React", "HA"). */
export function keepsCase(spelling: string): boolean {
  return CASE_SENSITIVE.has(spelling);
}

/** The term, its other spellings, and the names that show it; the term first, no duplicates. */
export function equivalentsOf(term: string): string[] {
  const spellings = spellingGroups.get(term.toLowerCase()) ?? new Set([term]);
  const out = new Set([term, ...spellings]);
  for (const s of spellings) for (const name of SHOWN_BY[s.toLowerCase()] ?? []) out.add(name);
  return [...out];
}
