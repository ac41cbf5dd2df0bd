import { describe, it, expect } from 'vitest';
import { matchJobDescription, splitJobDescription, techTermsIn } from '../../src/core/review/match.js';
import { backendResume, entry, resume, section } from './helpers.js';

const names = (text: string): string[] => techTermsIn(text).map((t) => t.name);

describe('techTermsIn: whole words, acronyms and expansions', () => {
  it('treats k8s and Kubernetes, Postgres and PostgreSQL, JS and JavaScript as one term each', () => {
    expect(names('Experience with k8s')).toEqual(['Kubernetes']);
    expect(names('Postgres or MySQL')).toEqual(['PostgreSQL', 'MySQL']);
    expect(names('Modern JS (ES2022)')).toEqual(['JavaScript']);
    expect(names('continuous integration pipelines')).toEqual(['CI/CD']);
    expect(names('CI/CD with GitHub Actions')).toEqual(['GitHub Actions', 'CI/CD']);
  });

  it('does not match inside other words or ordinary English', () => {
    expect(names('We love Google and Django')).toEqual(['Django']);
    expect(names('You will go far and react quickly')).toEqual([]);
    expect(names('Graduated Spring 2021')).toEqual([]);
    expect(names('Spring Boot microservices')).toEqual(['Spring', 'microservices']);
    expect(names('NoSQL stores')).toEqual(['NoSQL']);
  });
});

describe('splitJobDescription', () => {
  it('puts terms under "nice to have" headings and "is a plus" lines into preferred', () => {
    const jd =
      'Requirements:\n- Go\n- Kafka\nNice to have:\n- GraphQL\n\nResponsibilities:\n- Run Terraform\nRust is a plus';
    const { required, preferred } = splitJobDescription(jd);
    expect(names(required)).toEqual(['Go', 'Kafka', 'Terraform']);
    expect(names(preferred)).toEqual(['Rust', 'GraphQL']);
  });
});

describe('matchJobDescription', () => {
  const r = resume([
    section('experience', 'Experience', {
      entries: [entry('Backend Engineer', ['Moved 40 services to k8s with Helm', 'Cut Postgres query time by 60%'])],
    }),
    section('skills', 'Skills', {
      items: ['Kubernetes, PostgreSQL, Kafka, Docker'],
      lines: ['Kubernetes, PostgreSQL, Kafka, Docker'],
    }),
  ]);
  const jd = 'Must have:\n- Kubernetes\n- PostgreSQL\n- Kafka\n- Terraform\nPreferred:\n- Docker\n- GraphQL';

  it('reports required terms found and missing, preferred separately, and a percentage', () => {
    const m = matchJobDescription(jd, r);
    expect(m.found).toEqual(['PostgreSQL', 'Kafka', 'Kubernetes']);
    expect(m.missing).toEqual(['Terraform']);
    expect(m.preferred).toEqual({ found: ['Docker'], missing: ['GraphQL'] });
    expect(m.percent).toBe(75);
    expect(m.terms).toBe(6);
  });

  it('lists terms that appear only in the skills list, never in a bullet', () => {
    expect(matchJobDescription(jd, r).skillsOnly).toEqual(['Kafka', 'Docker']);
  });

  it('flags a term repeated more than four times as stuffed, not one used four times', () => {
    const stuffed = backendResume(['Kafka Kafka Kafka', 'Kafka Kafka'], 'Kafka');
    expect(matchJobDescription('Kafka', stuffed).stuffed).toEqual([{ term: 'Kafka', count: 6 }]);
    const fine = backendResume(['Kafka and Go', 'Kafka consumers'], 'Kafka, Go');
    expect(matchJobDescription('Kafka', fine).stuffed).toEqual([]);
  });

  it('counts overlapping spellings once ("REST API" is one mention of REST)', () => {
    const once = backendResume(['Built a REST API'], 'Go');
    expect(matchJobDescription('REST', once).stuffed).toEqual([]);
  });

  it('gives 0% and no terms for a description with no recognisable skills', () => {
    expect(matchJobDescription('We are a friendly team in Lisbon.', r)).toMatchObject({
      terms: 0,
      percent: 0,
      found: [],
      missing: [],
    });
  });
});
