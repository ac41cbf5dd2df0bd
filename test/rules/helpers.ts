/** Builds small Resume models for rule tests (no parser involved). Invented people only. */
import type { Contact, Entry, Resume, Section, SectionKind } from '../../src/core/resume/types.js';
import { roleProfileSchema, type RoleProfile } from '../../src/core/roles/types.js';
import type { RuleContext } from '../../src/core/rules/types.js';

export interface EntrySpec {
  title?: string | null;
  organization?: string | null;
  start?: string | null;
  end?: string | null;
  dateText?: string | null;
  bullets?: string[];
  lines?: string[];
}

export interface SectionSpec {
  kind: SectionKind;
  heading?: string | null;
  lines?: string[];
  items?: string[];
  entries?: EntrySpec[];
}

export interface ResumeSpec {
  contact?: Partial<Contact>;
  sections: SectionSpec[];
  pages?: number | null;
  words?: number;
}

function entryOf(e: EntrySpec): Entry {
  return {
    title: e.title ?? null,
    organization: e.organization ?? null,
    location: null,
    start: e.start ?? null,
    end: e.end ?? null,
    dateText: e.dateText ?? null,
    bullets: e.bullets ?? [],
    lines: e.lines ?? [],
  };
}

function sectionOf(s: SectionSpec): Section {
  const entries = (s.entries ?? []).map(entryOf);
  const derived = entries.flatMap((e) => [
    [e.title, e.organization, e.dateText].filter(Boolean).join(', '),
    ...e.lines,
    ...e.bullets,
  ]);
  return {
    kind: s.kind,
    heading: s.heading === undefined ? (s.kind === 'contact' ? null : s.kind.toUpperCase()) : s.heading,
    lines: s.lines ?? [...derived, ...(s.items ?? [])],
    entries,
    items: s.items ?? [],
  };
}

export const FULL_CONTACT: Contact = {
  name: 'Rowan Example',
  email: 'rowan@example.com',
  phone: '+1 206 555 0100',
  location: 'Seattle, WA',
  links: [{ kind: 'github', url: 'https://github.com/rowan-example', text: null }],
};

export function makeResume(spec: ResumeSpec): Resume {
  const contact: Contact = { ...FULL_CONTACT, ...spec.contact };
  const sections = spec.sections.map(sectionOf);
  const text = sections
    .flatMap((s) => [s.heading ?? '', ...s.lines])
    .filter(Boolean)
    .join('\n');
  return {
    contact,
    sections,
    text,
    source: {
      format: 'text',
      fileName: null,
      pages: spec.pages ?? null,
      pagesAnalysed: spec.pages ?? null,
      truncated: false,
      bytes: null,
      words: spec.words ?? text.split(/\s+/).filter(Boolean).length,
    },
  };
}

/** One experience entry holding the given bullets (a past role by default). */
export function withBullets(bullets: string[], entry: EntrySpec = {}): Resume {
  return makeResume({
    sections: [
      {
        kind: 'experience',
        entries: [
          {
            title: 'Engineer',
            organization: 'Acme',
            start: '2019-01',
            end: '2021-06',
            dateText: 'Jan 2019 – Jun 2021',
            ...entry,
            bullets,
          },
        ],
      },
    ],
  });
}

/** A tiny backend profile, so these tests do not depend on the real role data. */
export const BACKEND: RoleProfile = roleProfileSchema.parse({
  id: 'backend',
  label: 'Backend engineer',
  titles: ['backend engineer'],
  vocabulary: ['API'],
  pillars: [
    {
      id: 'service-design',
      label: 'Service design',
      description: 'APIs and data models.',
      evidence: ['API', 'REST', 'gRPC', 'data model', 'architecture'],
      metrics: ['endpoints'],
      placeholder: '[N] endpoints',
    },
    {
      id: 'storage',
      label: 'Storage',
      description: 'Databases, caches and queues.',
      evidence: ['database', 'cache', 'queue', 'sharding', 'PostgreSQL'],
      metrics: ['query time'],
      placeholder: '[size] / [query time]',
    },
    {
      id: 'performance',
      label: 'Performance',
      description: 'QPS and latency.',
      evidence: ['QPS', 'latency', 'throughput', 'concurrency'],
      metrics: ['p99 latency in ms'],
      placeholder: '[X] ms p99',
    },
    {
      id: 'reliability',
      label: 'Reliability',
      description: 'Availability and monitoring.',
      evidence: ['availability', 'monitoring', 'load testing', 'on-call'],
      metrics: ['availability'],
      placeholder: '[99.9]% availability',
    },
  ],
  expectedSections: ['contact', 'experience', 'education', 'skills'],
  skillGroups: [
    { id: 'languages', label: 'Languages and frameworks', examples: ['Go', 'Java'] },
    { id: 'storage', label: 'Storage', examples: ['PostgreSQL', 'Redis'] },
  ],
  softwareTopics: true,
  voice: {
    quantify: 'latency, QPS, users, money or time saved',
    where: 'Dashboards from that time.',
    outcome: '[result], measured as [number]',
    verbs: ['Built', 'Designed', 'Cut', 'Led'],
    passive: ['The cache was designed by me', 'Designed the cache'],
    summary: ['I am a backend engineer who…', 'Backend engineer who…'],
  },
});

export const NOW = new Date(Date.UTC(2025, 5, 1));

export function ctx(resume: Resume, role: RoleProfile = BACKEND): RuleContext {
  return { resume, role, now: NOW };
}
