import { describe, it, expect } from 'vitest';
import {
  ROLE_IDS,
  ROLE_PROFILES,
  detectRole,
  getRoleProfile,
  parseRoleId,
  resolveRole,
  roleProfileSchema,
} from '../../src/core/roles/index.js';
import { fieldsNamedBy } from '../../src/core/roles/field-words.js';
import { entry, resume, section } from './helpers.js';

function withTitles(headline: string | null, titles: string[], bullets: string[] = [], skills: string[] = []) {
  return resume([
    section('contact', null, {
      lines: ['Sam Example', ...(headline ? [headline] : []), 'sam@example.com | +1 555 010 0000'],
    }),
    section('experience', 'Experience', { entries: titles.map((t, i) => entry(t, i === 0 ? bullets : [])) }),
    section('skills', 'Skills', { items: skills, lines: skills }),
  ]);
}

describe('role profiles', () => {
  it('has one valid profile per role id', () => {
    expect(ROLE_PROFILES.map((p) => p.id)).toEqual([...ROLE_IDS]);
    for (const p of ROLE_PROFILES) expect(roleProfileSchema.safeParse(p).success).toBe(true);
  });

  it('gives every profile its own pillars, expected sections and skill groups', () => {
    for (const p of ROLE_PROFILES) {
      expect(p.pillars.length, p.id).toBeGreaterThanOrEqual(3);
      expect(p.expectedSections, p.id).toContain('experience');
      expect(p.skillGroups.length, p.id).toBeGreaterThanOrEqual(3);
      expect(new Set(p.pillars.map((x) => x.id)).size).toBe(p.pillars.length);
      for (const pillar of p.pillars) expect(pillar.placeholder, `${p.id}/${pillar.id}`).toMatch(/\[[^\]]+\]/);
    }
    const signatures = new Set(ROLE_PROFILES.map((p) => p.pillars.map((x) => x.id).join(',')));
    expect(signatures.size).toBeGreaterThanOrEqual(ROLE_PROFILES.length - 1);
  });

  it('defines backend with the four pillars from the guide and Kafka as storage evidence', () => {
    const backend = getRoleProfile('backend');
    expect(backend.pillars.map((p) => p.id)).toEqual(['service-design', 'storage', 'performance', 'reliability']);
    const storage = backend.pillars.find((p) => p.id === 'storage');
    expect(storage?.evidence).toEqual(expect.arrayContaining(['Kafka', 'cache', 'sharding', 'consistency']));
    const perf = backend.pillars.find((p) => p.id === 'performance');
    expect(perf?.evidence).toEqual(expect.arrayContaining(['QPS', 'latency', 'concurrency', 'throughput']));
    const rel = backend.pillars.find((p) => p.id === 'reliability');
    expect(rel?.evidence).toEqual(expect.arrayContaining(['availability', 'monitoring', 'load testing']));
    expect(backend.skillGroups.map((g) => g.id)).toContain('storage');
  });

  it('parses role names users type', () => {
    expect(parseRoleId('Backend')).toBe('backend');
    expect(parseRoleId('full-stack')).toBe('fullstack');
    expect(parseRoleId('DevOps')).toBe('sre');
    expect(parseRoleId('iOS')).toBe('mobile');
    expect(parseRoleId('astronaut')).toBeNull();
  });
});

describe('detectRole', () => {
  it.each([
    ['Backend Engineer', ['Software Engineer'], 'backend'],
    [null, ['Senior Frontend Developer'], 'frontend'],
    [null, ['Site Reliability Engineer', 'DevOps Engineer'], 'sre'],
    [null, ['iOS Developer'], 'mobile'],
    [null, ['Machine Learning Engineer'], 'ml'],
    [null, ['Data Engineer'], 'data'],
    [null, ['Full Stack Developer'], 'fullstack'],
    [null, ['API Engineer'], 'api'],
    [null, ['Software Engineer'], 'software'],
    [null, ['Software Engineer, Backend'], 'backend'],
    ['Pharmacy Technician', ['Senior Pharmacy Technician', 'Pharmacy Technician'], 'healthcare'],
    [null, ['Dental Nurse'], 'healthcare'],
    [null, ['Account Executive', 'Sales Development Representative'], 'sales'],
    [null, ['Digital Marketing Manager'], 'marketing'],
  ] as const)('headline %s, titles %j → %s', (headline, titles, expected) => {
    expect(detectRole(withTitles(headline, [...titles])).id).toBe(expected);
  });

  it('reads vocabulary when titles say little', () => {
    const r = withTitles(
      null,
      ['Engineer'],
      ['Sharded the PostgreSQL store and added a Redis cache', 'Cut p99 latency of the gRPC API to 40 ms at 8k QPS'],
      ['Kafka', 'Spring Boot', 'microservices'],
    );
    expect(detectRole(r).id).toBe('backend');
  });

  it('falls back to general with low confidence when nothing points anywhere', () => {
    const d = detectRole(withTitles(null, ['Zookeeper'], ['Fed the penguins every morning']));
    expect(d).toMatchObject({ id: 'general', confidence: expect.any(Number), source: 'default' });
    expect(d.confidence).toBeLessThan(0.5);
  });

  it('is more confident when the headline, titles and vocabulary agree', () => {
    const clear = detectRole(
      withTitles('Backend Engineer', ['Backend Engineer'], ['Built gRPC services on PostgreSQL and Kafka'], ['Redis']),
    );
    const mixed = detectRole(withTitles(null, ['Software Engineer, Backend', 'Frontend Developer']));
    expect(clear.confidence).toBeGreaterThan(mixed.confidence);
    expect(clear.confidence).toBeLessThanOrEqual(1);
  });

  it('reviews a designer or an accountant with their own field, not as a developer', () => {
    expect(
      detectRole(withTitles('Product Designer', ['Product Designer'], ['Ran usability tests in Figma for the UI'])).id,
    ).toBe('design');
    expect(detectRole(withTitles(null, ['Senior Accountant', 'Audit Assistant']))).toMatchObject({
      id: 'finance',
      source: 'detected',
    });
  });

  it('reports the runner-up and how close it came', () => {
    const d = detectRole(withTitles(null, ['Software Engineer, Backend', 'Frontend Developer']));
    expect(d.id).toBe('backend');
    expect(d.runnerUp?.id).toBeDefined();
    expect(d.runnerUp?.id).not.toBe('backend');
    expect(d.runnerUp?.confidence).toBeGreaterThan(0);
    expect(d.runnerUp?.confidence).toBeLessThan(1);
  });

  it('reads a junior backend resume with a generic title as backend, and a mixed one as software', () => {
    const junior = withTitles(
      null,
      ['Junior Developer'],
      ['Built REST endpoints in Spring Boot', 'Designed the PostgreSQL schema', 'Wrote Kafka consumers'],
      ['Java, Spring Boot, PostgreSQL, Kafka, microservices'],
    );
    expect(detectRole(junior).id).toBe('backend');
    const mixed = withTitles(null, ['Software Engineer'], ['Built features in React and Python', 'Fixed bugs']);
    expect(detectRole(mixed).id).toBe('software');
  });

  it('treats an untitled resume full of programming words as software, with low confidence', () => {
    const student = withTitles('Student', [], [], ['Java, Python, Git, data structures']);
    const d = detectRole(student);
    expect(d).toMatchObject({ id: 'software', source: 'detected' });
    expect(d.confidence).toBeLessThan(0.5);
  });

  it('lets a requested role override detection', () => {
    const r = withTitles('Backend Engineer', ['Backend Engineer']);
    expect(resolveRole(r, 'frontend')).toMatchObject({
      id: 'frontend',
      source: 'requested',
      confidence: 1,
      label: 'Frontend engineer',
    });
    expect(resolveRole(r)).toMatchObject({ id: 'backend', source: 'detected' });
  });
});

describe('a field named by the word before a broad title', () => {
  it('reads "Accounts Assistant" as finance when the resume speaks accounting', () => {
    const r = withTitles(
      'Accounts Assistant',
      ['Accounts Assistant'],
      ['Posted purchase invoices', 'Prepared bank reconciliations'],
      ['Sage 50', 'VAT', 'reconciliations'],
    );
    expect(detectRole(r).id).toBe('finance');
  });

  it('names no field by a word too many fields share ("research"), and one by a word of one field', () => {
    expect(fieldsNamedBy('Research Officer')).toEqual([]);
    expect(fieldsNamedBy('Warehouse Operative')).toContain('operations');
    expect(fieldsNamedBy('Mechanical Engineer II')).toEqual([]);
  });

  it('does not move "Software Engineer" to another field by its modifier', () => {
    const r = withTitles(
      'Software Engineer',
      ['Software Engineer'],
      ['Wrote unit tests and fixed bugs'],
      ['Git', 'Python'],
    );
    expect(detectRole(r).id).toBe('software');
  });
});

describe('junior backend under a generic title, and a student still studying', () => {
  it('reads "Junior Developer" writing endpoints, migrations and job queues as backend', () => {
    const r = withTitles(
      'Junior Developer',
      ['Junior Developer'],
      [
        'Build Express endpoints for the bookings service',
        'Write PostgreSQL migrations and stored procedures',
        'Moved emails to a Redis job queue with background workers',
      ],
      ['JavaScript, Node.js, PostgreSQL, Redis'],
    );
    expect(detectRole(r).id).toBe('backend');
  });
  it('keeps "Junior Developer" of a desktop app as software', () => {
    const r = withTitles(
      'Junior Developer',
      ['Junior Developer'],
      ['Maintain a desktop invoicing app in C#', 'Fixed bugs reported by customers'],
    );
    expect(detectRole(r).id).toBe('software');
  });
});

describe('a student still studying', () => {
  it('reads an untitled resume whose degree is in its second year as a student', () => {
    const r = resume([
      section('contact', null, { lines: ['Ada Example', 'ada@example.com'] }),
      section('education', 'Education', {
        entries: [
          entry('BSc Biology (2nd year)', [], { organization: 'University of Leeds', dateText: '2025 – 2028' }),
        ],
        lines: ['BSc Biology (2nd year), University of Leeds, 2025 – 2028', 'A-levels: Biology, Chemistry'],
      }),
      section('experience', 'Experience', { entries: [entry('Summer Placement', ['Labelled samples for the lab'])] }),
    ]);
    expect(detectRole(r).id).toBe('student');
  });
});

describe('sales has its own profile', () => {
  it('asks a salesperson for quota and pipeline, not followers or ad spend', () => {
    const sales = getRoleProfile('sales');
    const words = JSON.stringify(sales);
    expect(words).toMatch(/quota/);
    expect(words).not.toMatch(/followers|ROAS|ad spend|engagement/i);
    expect(parseRoleId('sales')).toBe('sales');
    expect(parseRoleId('SDR')).toBe('sales');
    expect(parseRoleId('marketing')).toBe('marketing');
  });
});
