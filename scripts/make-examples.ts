/**
 * Writes the example resumes in examples/ (npm run examples): a weak and a strong backend resume, each as
 * PDF and plain text. Invented people. The output is deterministic, so the committed files only change
 * when this script does.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { makeTextPdf } from './lib/simple-pdf.js';

export const BACKEND_WEAK = [
  'Casey Morgan',
  'Backend Developer',
  'casey.morgan@example.com | +1 206 555 0187 | Seattle, WA',
  '',
  '# SUMMARY',
  'Hard-working and detail-oriented backend developer with strong backend experience.',
  'I am passionate about clean code.',
  '',
  '# EXPERIENCE',
  'Backend Developer, Lumen Freight                                  Mar 2021 – Present',
  '• Responsible for the shipment tracking API',
  '• Worked on the migration from MySQL to PostgreSQL',
  '• Helped with on-call and fixing production issues',
  '• The notification service was rewritten by me in Go',
  '• Involved in code reviews and sprint planning',
  '',
  'Junior Developer, Brightpath Software                             Jul 2018 – Feb 2021',
  '• Assisted senior developers with the billing system',
  '• Worked on internal admin tools',
  '• Tasked with writing unit tests',
  '',
  '# PROJECTS',
  'Link shortener',
  '• Built a URL shortener with Node.js and Redis',
  '',
  '# EDUCATION',
  'B.Sc. Computer Science, Cascade State University                  2014 – 2018',
  '',
  '# SKILLS',
  'Go, Java, JavaScript, Node.js, Spring, Docker, Kubernetes, PostgreSQL, MySQL, Redis,',
  'RabbitMQ, Git, Linux, AWS, REST',
];

export const BACKEND_STRONG = [
  'Ana Lindqvist',
  'Senior Backend Engineer',
  'ana.lindqvist@example.com | +46 8 555 012 34 | Stockholm, Sweden',
  'linkedin.com/in/ana-lindqvist-example | github.com/ana-example',
  '',
  '# SUMMARY',
  'Backend engineer with 8 years building high-traffic payment and logistics services in Go and Java.',
  '',
  '# EXPERIENCE',
  'Senior Backend Engineer, Northwind Payments                        Apr 2021 – Present',
  '• Designed the gRPC payments authorisation API serving 9k QPS at 40 ms p99 across 2 regions',
  '• Partitioned the PostgreSQL ledger into 32 shards, cutting p95 write latency from 180 ms to 25 ms',
  '• Introduced an outbox pattern with Kafka, removing 3 nightly batch jobs and 90 minutes of data lag',
  '• Raised availability from 99.9% to 99.99% with circuit breakers, SLO alerts and monthly game days',
  '',
  'Backend Engineer, Fjord Logistics                                  Aug 2016 – Mar 2021',
  '• Built the REST booking service in Java handling 2M bookings a month for 15k customers',
  '• Added a Redis read-through cache that cut median response time by 55%',
  '• Instrumented 14 services with OpenTelemetry, halving mean time to recovery to 20 minutes',
  '',
  '# EDUCATION',
  'M.Sc. Computer Science, KTH Royal Institute of Technology           2014 – 2016',
  '',
  '# SKILLS',
  'Languages: Go, Java, Python',
  'Storage: PostgreSQL, Redis, Kafka, S3',
  'Reliability: Prometheus, OpenTelemetry, Grafana, k6',
  'Infrastructure: Docker, Kubernetes, Terraform, GitHub Actions',
];

const FIXED_DATE = new Date('2025-01-01T00:00:00Z');

/** makeTextPdf with fixed dates, so the bytes are the same on every run. */
export async function deterministicPdf(lines: readonly string[], title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await makeTextPdf(lines, { title }), { updateMetadata: false });
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  return doc.save({ useObjectStreams: false });
}

/** Plain text as a person would paste it: headings without the "# " marker. */
export function asText(lines: readonly string[]): string {
  return `${lines.map((l) => (l.startsWith('# ') ? l.slice(2) : l)).join('\n')}\n`;
}

export async function writeExamples(outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const [name, lines, who] of [
    ['backend-weak', BACKEND_WEAK, 'Casey Morgan'],
    ['backend-strong', BACKEND_STRONG, 'Ana Lindqvist'],
  ] as const) {
    const pdf = join(outDir, `${name}.pdf`);
    const txt = join(outDir, `${name}.txt`);
    writeFileSync(pdf, await deterministicPdf(lines, `${who} resume (example)`));
    writeFileSync(txt, asText(lines));
    written.push(pdf, txt);
  }
  return written;
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const written = await writeExamples(resolve(here, '..', 'examples'));
  for (const path of written) process.stdout.write(`wrote ${path}\n`);
}
