import type { RoleProfile } from '../types.js';

/** API engineer: interfaces other developers build on — design, developer experience, security, SLAs. */
export const api: RoleProfile = {
  id: 'api',
  label: 'API engineer',
  titles: [
    'api engineer', 'api developer', 'api platform engineer', 'integration engineer', 'integrations engineer',
    'integration developer', 'developer experience engineer', 'developer platform engineer', 'api architect',
  ],
  vocabulary: [
    'API', 'REST', 'RESTful', 'gRPC', 'GraphQL', 'OpenAPI', 'Swagger', 'SDK', 'webhooks', 'OAuth', 'JWT',
    'rate limiting', 'API gateway', 'versioning', 'developer portal', 'integrations', 'partners', 'Postman',
    'Kong', 'Apigee', 'idempotency', 'pagination',
  ],
  pillars: [
    {
      id: 'api-design',
      label: 'API design',
      description: 'The shape of the interface: resources, contracts, versioning, errors and pagination.',
      evidence: [
        'REST', 'RESTful', 'gRPC', 'GraphQL', 'OpenAPI', 'Swagger', 'protobuf', 'API design', 'schema', 'versioning',
        'backward compatible', 'backwards-compatible', 'pagination', 'idempotency', 'idempotent', 'webhooks', 'contract',
        'endpoints', 'API',
      ],
      metrics: ['endpoints designed', 'API versions maintained', 'breaking changes avoided'],
      placeholder: '[N] endpoints / [N] API versions',
    },
    {
      id: 'developer-experience',
      label: 'Developer experience',
      description: 'How easy it is for other developers to adopt: docs, SDKs, onboarding, integrations.',
      evidence: [
        'SDK', 'SDKs', 'client library', 'client libraries', 'documentation', 'docs', 'developer portal',
        'developer experience', 'DX', 'onboarding', 'integrations', 'partners', 'third-party', 'sandbox', 'Postman',
        'quickstart', 'adoption',
      ],
      metrics: ['developers or partners integrated', 'time to first call', 'support tickets', 'API adoption'],
      placeholder: '[N] partners integrated / [X] min to first call',
    },
    {
      id: 'security',
      label: 'Security',
      description: 'Who may call what: authentication, authorisation, rate limits and abuse protection.',
      evidence: [
        'OAuth', 'OAuth2', 'OpenID Connect', 'OIDC', 'JWT', 'authentication', 'authorization', 'authorisation',
        'API keys', 'rate limiting', 'rate limits', 'throttling', 'mTLS', 'TLS', 'API gateway', 'scopes', 'RBAC',
        'security',
      ],
      metrics: ['requests blocked or rate-limited', 'security findings closed', 'clients migrated to OAuth'],
      placeholder: '[N] clients on OAuth / [N] abusive requests blocked',
    },
    {
      id: 'performance-reliability',
      label: 'Performance and reliability',
      description: 'Whether the API is fast and dependable for its callers: latency, error rate, SLAs.',
      evidence: [
        'latency', 'p99', 'p95', 'QPS', 'RPS', 'throughput', 'availability', 'uptime', 'SLA', 'SLO', 'error rate',
        'caching', 'cache', 'monitoring', 'load testing', 'performance',
      ],
      metrics: ['p99 latency (ms)', 'requests per second', 'error rate (%)', 'availability (%)'],
      placeholder: '[X] ms p99 / [99.9]% availability',
    },
  ],
  expectedSections: ['contact', 'experience', 'education', 'skills'],
  skillGroups: [
    { id: 'api-styles', label: 'API styles and specs', examples: ['REST', 'gRPC', 'GraphQL', 'OpenAPI'] },
    { id: 'languages-frameworks', label: 'Languages and frameworks', examples: ['Go', 'Java', 'Node.js', 'Python'] },
    { id: 'security', label: 'Security', examples: ['OAuth 2.0', 'JWT', 'rate limiting', 'API gateway'] },
    { id: 'tooling', label: 'Tooling', examples: ['Postman', 'Kong', 'Docker', 'CI/CD'] },
  ],
};
