import { describe, expect, it } from 'vitest';
import { findMetrics, hasMetric } from '../../src/core/text/metrics.js';

describe('hasMetric: measurable results', () => {
  it.each([
    'Led 3 engineers to ship the billing rewrite',
    'Cut p99 40 ms on the checkout path',
    'Reduced build time by 35%',
    'Made the importer 10x faster',
    'Served 12k QPS across 3 regions',
    'Saved $40K a year in licence fees',
    'Grew weekly active users to 1.2M',
    'Processed 3M invoices a month',
    'Brought p95 query time under 200ms',
    'Kept latency sub-100ms at peak',
    'Onboarded 2,500 restaurants to the new API',
    'Served 2000 restaurants in the first quarter',
    'Doubled throughput of the ingest service',
    'Migrated the fleet with zero downtime',
    'Mentored two junior engineers through promotion',
    'Reached a 4.8/5 App Store rating',
    'Ran a 10-person on-call rotation',
    'Hit 99.95% availability over 12 months',
    'Won 1st place out of 120 teams',
    'Handled thousands of support tickets',
    'Automated provisioning, replacing a 2-day manual checklist',
  ])('counts %s', (line) => {
    expect(hasMetric(line)).toBe(true);
  });
});

describe('hasMetric: dates, versions and names are not results', () => {
  it.each([
    'Upgraded the services to Python 3.11',
    'Moved the monolith to Java 17 and Spring Boot 3',
    'Rebuilt the data pipeline in Q3 2021',
    'Joined the platform team in 2019',
    'Shipped the mobile app from Jan 2020 to Mar 2021',
    'Stored artifacts in S3 and ran jobs on EC2',
    'Evaluated GPT-4 for support triage',
    'Prepared the COVID-19 response dashboard',
    'Provided 24/7 on-call support',
    'Held weekly 1:1s with interns',
    'Worked in 2-week sprints on a 3-tier architecture',
    'Implemented two-factor authentication',
    'Added HTTP/2 support to the gateway',
    'Deployed to k8s with Helm',
    'Built a 3D viewer for 5G coverage maps',
    'Completed CS 161 coursework',
    'Migrated Node 14 services to Node 18',
    'Ran the project on Windows 10 machines',
    'Designed the API (v2.3.1)',
    'Fixed a bug in UTF-8 handling',
    "Started the rewrite in '21",
    'Worked with Fortune 500 clients',
    'Tuned the p99 latency of the gateway',
  ])('does not count %s', (line) => {
    expect(findMetrics(line)).toEqual([]);
  });
});
