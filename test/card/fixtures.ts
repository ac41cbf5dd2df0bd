/** Cards for tests: realistic ones from the sample resumes, and edge cases built by hand. */
import { analyzeText } from '../../src/core/pipeline.js';
import type { Report } from '../../src/core/report/index.js';
import type { DeltaCard, ScoreCard } from '../../src/core/card/index.js';
import { WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';

const NOW = new Date('2026-01-15T00:00:00Z');

export async function weakReport(): Promise<Report> {
  return (await analyzeText(WEAK_BACKEND_RESUME.join('\n'), { now: NOW })).report;
}

const section = (label: string, score: number | null, missing = false) => ({
  label,
  kindLabel: 'Other',
  score,
  missing,
});

export const BASE_CARD: ScoreCard = {
  kind: 'score',
  score: 62,
  role: 'Backend engineer',
  roleNote: 'detected',
  sections: [section('Experience', 48), section('Skills', 90), section('Education', 100)],
  pillars: [
    { label: 'Service design', shown: true },
    { label: 'Storage', shown: false },
  ],
  fixes: [
    { text: 'Turn duties into results', points: 12 },
    { text: 'Put a number in 5 bullets', points: 9 },
    { text: 'Group the skills list', points: 3 },
  ],
};

const LONG =
  'Principal Distributed Systems and Platform Reliability Engineering Lead for Global Payments Infrastructure';

/** The edge cases the layout must survive. */
export const EDGE_CARDS: Record<string, ScoreCard> = {
  base: BASE_CARD,
  'score 0': { ...BASE_CARD, score: 0, sections: [section('Experience', 0), section('Skills', 0)] },
  'score 100': { ...BASE_CARD, score: 100, sections: [section('Experience', 100)], fixes: [] },
  'long role name': { ...BASE_CARD, role: LONG, roleNote: 'your choice' },
  'one very long word as role': { ...BASE_CARD, role: 'Supercalifragilisticexpialidociousengineer'.repeat(3) },
  '20 sections': {
    ...BASE_CARD,
    sections: Array.from({ length: 20 }, (_, i) => section(`${LONG.slice(0, 10 + i * 4)} ${i + 1}`, (i * 37) % 101)),
  },
  '9 sections': { ...BASE_CARD, sections: Array.from({ length: 9 }, (_, i) => section(`Section ${i + 1}`, i * 11)) },
  'missing sections': {
    ...BASE_CARD,
    sections: [section('Experience', 70), section('Skills', null, true), section('Projects', null, true)],
  },
  'no sections': { ...BASE_CARD, sections: [] },
  'not scored': { ...BASE_CARD, sections: [section('Interests', null)] },
  'many long pillars': {
    ...BASE_CARD,
    pillars: Array.from({ length: 8 }, (_, i) => ({ label: `${LONG.slice(0, 30 + i * 5)}`, shown: i % 2 === 0 })),
  },
  'no pillars no fixes': { ...BASE_CARD, pillars: [], fixes: [] },
  'long fixes': {
    ...BASE_CARD,
    fixes: [
      { text: LONG.repeat(2), points: 100 },
      { text: LONG, points: null },
      { text: 'x', points: 1 },
    ],
  },
  'letters the font lacks': {
    ...BASE_CARD,
    role: 'Инженер',
    sections: [{ label: 'Опыт работы', kindLabel: 'Experience', score: 70, missing: false }],
    pillars: [{ label: 'Хранение', shown: true }],
  },
};

export const BASE_DELTA: DeltaCard = {
  kind: 'delta',
  before: 44,
  after: 61,
  sections: [
    { label: 'Experience', kindLabel: 'Experience', before: 30, after: 58 },
    { label: 'Skills', kindLabel: 'Skills', before: 90, after: 85 },
    { label: 'Projects', kindLabel: 'Projects', before: null, after: 70 },
    { label: 'Education', kindLabel: 'Education', before: 100, after: 100 },
  ],
  fixed: 5,
  stillOpen: 7,
  new: 1,
};

export const EDGE_DELTAS: Record<string, DeltaCard> = {
  base: BASE_DELTA,
  worse: { ...BASE_DELTA, before: 100, after: 0 },
  '20 sections': {
    ...BASE_DELTA,
    sections: Array.from({ length: 20 }, (_, i) => ({
      label: `${LONG.slice(0, 12 + i * 4)}`,
      kindLabel: 'Other',
      before: i % 5 === 0 ? null : (i * 13) % 101,
      after: i % 7 === 0 ? null : (i * 29) % 101,
    })),
  },
  'no sections': { ...BASE_DELTA, sections: [], fixed: 0, stillOpen: 0, new: 0 },
  'big counts': { ...BASE_DELTA, fixed: 123456, stillOpen: 98765, new: 4321 },
};
