import type { RoleProfile } from '../types.js';

/** Backend: what the server-side work proves — service design, storage, performance and reliability. */
export const backend: RoleProfile = {
  id: 'backend',
  label: 'Backend engineer',
  titles: [
    'backend engineer', 'back-end engineer', 'back end engineer', 'backend developer', 'back-end developer',
    'back end developer', 'backend', 'back-end', 'server engineer', 'server-side engineer', 'server side developer',
    'distributed systems engineer', 'java developer', 'java engineer', 'golang developer', 'go developer',
    'go engineer', 'python backend', 'node.js developer', 'services engineer',
  ],
  vocabulary: [
    'microservice', 'microservices', 'REST', 'gRPC', 'API', 'backend', 'back-end', 'server-side', 'PostgreSQL',
    'Postgres', 'MySQL', 'Redis', 'Kafka', 'RabbitMQ', 'message queue', 'database', 'cache', 'caching', 'QPS',
    'latency', 'throughput', 'concurrency', 'sharding', 'replication', 'Spring', 'Spring Boot', 'Django', 'Flask',
    'FastAPI', 'Golang', 'distributed systems', 'event-driven', 'data model', 'ORM', 'NoSQL', 'MongoDB',
    'Cassandra', 'DynamoDB', 'Elasticsearch', 'load balancer', 'idempotent', 'outbox',
  ],
  pillars: [
    {
      id: 'service-design',
      label: 'Service design',
      description: 'Which services, APIs and data models you designed or owned, and how they fit together.',
      evidence: [
        'API', 'REST', 'RESTful', 'gRPC', 'GraphQL', 'protobuf', 'OpenAPI', 'microservice', 'microservices',
        'endpoint', 'architecture', 'architected', 'data model', 'data modeling', 'data modelling', 'domain model',
        'domain-driven', 'DDD', 'event-driven', 'system design', 'service design', 'backend service', 'web service',
        'schema design', 'service boundaries', 'monolith',
      ],
      metrics: ['services or APIs owned', 'endpoints designed', 'teams or clients consuming the API', 'requests served per day'],
      placeholder: '[N] endpoints used by [N] teams',
    },
    {
      id: 'storage',
      label: 'Storage',
      description: 'How data is stored and moved: databases, caches, queues, consistency and sharding choices.',
      evidence: [
        'database', 'PostgreSQL', 'Postgres', 'MySQL', 'MariaDB', 'SQL', 'NoSQL', 'MongoDB', 'Cassandra', 'DynamoDB',
        'SQLite', 'Redis', 'Memcached', 'cache', 'caching', 'cached', 'Kafka', 'RabbitMQ', 'SQS', 'NATS', 'Pulsar',
        'message queue', 'queue', 'pub/sub', 'Elasticsearch', 'sharding', 'sharded', 'shard', 'partitioning',
        'partitioned', 'replication', 'replica', 'consistency', 'transactions', 'indexing', 'indexes', 'schema migration',
        'data migration', 'outbox', 'event store', 'S3',
      ],
      metrics: ['data size (GB/TB, rows)', 'query time before and after', 'cache hit rate', 'messages per second'],
      placeholder: '[size] / [query time]',
    },
    {
      id: 'performance',
      label: 'Performance',
      description: 'Whether the service is fast under load: QPS, latency percentiles, concurrency, throughput.',
      evidence: [
        'QPS', 'RPS', 'TPS', 'requests per second', 'latency', 'p99', 'p95', 'p90', 'p50', 'throughput',
        'concurrency', 'concurrent', 'response time', 'optimized', 'optimised', 'optimization', 'optimisation',
        'profiling', 'profiled', 'bottleneck', 'performance', 'high-traffic', 'low-latency',
      ],
      metrics: ['QPS or requests per second', 'p99/p95 latency in ms', 'concurrent connections or users', 'throughput per second'],
      placeholder: '[X] ms p99 at [N] QPS',
    },
    {
      id: 'reliability',
      label: 'Reliability',
      description: 'Whether it stays up: availability, fault tolerance, monitoring, load testing and safe releases.',
      evidence: [
        'availability', 'high availability', 'uptime', 'SLO', 'SLA', 'SLI', 'error budget', 'fault tolerance',
        'fault-tolerant', 'failover', 'redundancy', 'circuit breaker', 'circuit breakers', 'retries', 'monitoring',
        'alerting', 'alerts', 'observability', 'tracing', 'Prometheus', 'Grafana', 'OpenTelemetry', 'Datadog',
        'load testing', 'load test', 'load tests', 'k6', 'JMeter', 'Gatling', 'Locust', 'on-call', 'incident',
        'postmortem', 'rollback', 'canary', 'blue-green', 'zero-downtime', 'disaster recovery', 'MTTR', 'resilience',
      ],
      metrics: ['availability (e.g. 99.95%)', 'incidents per quarter', 'mean time to recovery', 'peak load tested'],
      placeholder: '[99.9]% availability / [N] incidents',
    },
  ],
  expectedSections: ['contact', 'experience', 'education', 'skills'],
  skillGroups: [
    { id: 'languages-frameworks', label: 'Languages and frameworks', examples: ['Java', 'Go', 'Python', 'Spring Boot', 'FastAPI'] },
    { id: 'service-design', label: 'Service design', examples: ['REST', 'gRPC', 'microservices', 'data modelling', 'domain design'] },
    { id: 'storage', label: 'Storage', examples: ['PostgreSQL', 'MySQL', 'Redis', 'Kafka', 'sharding'] },
    { id: 'performance-reliability', label: 'Performance and reliability', examples: ['load testing', 'profiling', 'Prometheus', 'SLOs', 'high availability'] },
    { id: 'engineering', label: 'Engineering', examples: ['Git', 'CI/CD', 'Docker', 'Kubernetes', 'tracing'] },
  ],
};
