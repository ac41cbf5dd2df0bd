import type { RoleProfile } from '../types.js';

/** SRE / DevOps / platform: keeping production up, observable, automated and affordable. */
export const sre: RoleProfile = {
  id: 'sre',
  label: 'SRE / DevOps engineer',
  titles: [
    'site reliability engineer', 'site reliability', 'sre', 'devops engineer', 'devops', 'dev ops',
    'platform engineer', 'infrastructure engineer', 'cloud engineer', 'production engineer', 'reliability engineer',
    'systems engineer', 'cloud architect', 'release engineer', 'build engineer', 'systems administrator',
  ],
  vocabulary: [
    'Kubernetes', 'k8s', 'Docker', 'Terraform', 'Ansible', 'Helm', 'AWS', 'GCP', 'Azure', 'CI/CD', 'Jenkins',
    'GitHub Actions', 'Argo CD', 'Prometheus', 'Grafana', 'Datadog', 'SLO', 'on-call', 'incident', 'infrastructure',
    'observability', 'Linux', 'Bash', 'autoscaling', 'infrastructure as code', 'postmortem', 'uptime',
  ],
  pillars: [
    {
      id: 'reliability',
      label: 'Reliability',
      description: 'Keeping services up and recovering fast: SLOs, incidents, on-call, postmortems.',
      evidence: [
        'SLO', 'SLOs', 'SLI', 'SLA', 'error budget', 'availability', 'uptime', 'incident', 'incidents', 'on-call',
        'postmortem', 'postmortems', 'MTTR', 'MTTD', 'chaos engineering', 'disaster recovery', 'failover', 'resilience',
        'high availability',
      ],
      metrics: ['availability (%)', 'incidents per quarter', 'MTTR (minutes)', 'pages per on-call week'],
      placeholder: '[99.9]% availability / [N] incidents',
    },
    {
      id: 'observability',
      label: 'Observability',
      description: 'Seeing what production does: metrics, logs, traces and alerts that mean something.',
      evidence: [
        'monitoring', 'alerting', 'alerts', 'observability', 'Prometheus', 'Grafana', 'Datadog', 'New Relic',
        'OpenTelemetry', 'tracing', 'Jaeger', 'logging', 'ELK', 'Loki', 'Splunk', 'dashboards', 'PagerDuty',
      ],
      metrics: ['alert noise reduced (%)', 'time to detect (minutes)', 'services instrumented'],
      placeholder: '[X] min to detect / [N]% fewer alerts',
    },
    {
      id: 'automation',
      label: 'Automation and IaC',
      description: 'Infrastructure as code and automation that removes toil.',
      evidence: [
        'Terraform', 'Pulumi', 'CloudFormation', 'Ansible', 'Chef', 'Puppet', 'infrastructure as code', 'IaC',
        'automation', 'automated', 'toil', 'Helm', 'scripts', 'Bash', 'GitOps',
      ],
      metrics: ['hours of toil removed a week', 'resources under IaC (%)', 'provisioning time'],
      placeholder: '[N] hours a week saved',
    },
    {
      id: 'delivery-platform',
      label: 'Delivery platform',
      description: 'How code reaches production: containers, orchestration, CI/CD, safe rollouts.',
      evidence: [
        'Kubernetes', 'k8s', 'Docker', 'containers', 'CI/CD', 'pipelines', 'Jenkins', 'GitHub Actions', 'GitLab CI',
        'Argo CD', 'ArgoCD', 'Spinnaker', 'canary', 'blue-green', 'rollout', 'deployments', 'deploy', 'release',
      ],
      metrics: ['deploys per day', 'lead time for changes', 'change failure rate (%)', 'build time'],
      placeholder: '[N] deploys a day / [X] min builds',
    },
    {
      id: 'capacity-cost',
      label: 'Capacity and cost',
      description: 'Scaling for load without overspending: capacity planning, autoscaling, cloud cost.',
      evidence: [
        'capacity planning', 'autoscaling', 'auto-scaling', 'scaling', 'cost', 'costs', 'spend', 'FinOps',
        'right-sizing', 'rightsizing', 'reserved instances', 'spot instances', 'load testing', 'capacity',
      ],
      metrics: ['cloud spend saved ($ a month)', 'peak traffic handled', 'utilisation (%)'],
      placeholder: '$[N] a month saved',
    },
  ],
  expectedSections: ['contact', 'experience', 'education', 'skills'],
  skillGroups: [
    { id: 'cloud', label: 'Cloud', examples: ['AWS', 'GCP', 'Azure'] },
    { id: 'containers', label: 'Containers and delivery', examples: ['Kubernetes', 'Docker', 'Helm', 'Argo CD', 'GitHub Actions'] },
    { id: 'iac', label: 'Infrastructure as code', examples: ['Terraform', 'Ansible', 'Pulumi'] },
    { id: 'observability', label: 'Observability', examples: ['Prometheus', 'Grafana', 'OpenTelemetry', 'PagerDuty'] },
    { id: 'languages', label: 'Languages', examples: ['Go', 'Python', 'Bash'] },
  ],
};
