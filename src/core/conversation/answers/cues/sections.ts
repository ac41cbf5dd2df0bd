/** Cues that name a section of the resume. */
import type { Cue } from './cue.js';

export const SKILLS_CUES: readonly Cue[] = [
  ['skills', 4],
  ['skill', 4],
  ['skillset', 4],
  ['tech stack', 3.5],
  ['stack', 1.5],
  ['technologies', 3],
  ['tools', 2],
  ['languages', 2.5],
  ['frameworks', 2.5],
  ['group', 1],
  ['grouped', 1.5],
  ['list', 1],
  ['competencies', 3],
  ['toolbox', 3],
];

export const SUMMARY_CUES: readonly Cue[] = [
  ['summary', 4],
  ['objective', 4],
  ['about me', 3],
  ['profile', 2.5],
  ['intro', 2.5],
  ['introduction', 2.5],
  ['headline', 2],
  ['objective statement', 2],
  ['statement', 1.5],
  ['blurb', 3],
  ['personal statement', 4],
  ['top of', 1.5],
  ['paragraph', 1.5],
];

export const EDUCATION_CUES: readonly Cue[] = [
  ['education', 4],
  ['degree', 3.5],
  ['gpa', 4],
  ['coursework', 4],
  ['courses', 3],
  ['university', 3],
  ['college', 3],
  ['graduation', 3],
  ['graduate', 2],
  ['bootcamp', 3.5],
  ['school', 2.5],
  ['major', 2],
];

export const PROJECTS_CUES: readonly Cue[] = [
  ['projects', 4],
  ['project', 3.5],
  ['side project', 4],
  ['side projects', 4],
  ['personal project', 4],
  ['portfolio', 2.5],
  ['open source', 3.5],
  ['hackathon', 3],
  ['github', 1.5],
];

export const CONTACT_CUES: readonly Cue[] = [
  ['contact', 4],
  ['email', 3],
  ['phone', 3.5],
  ['linkedin', 3.5],
  ['address', 3],
  ['location', 2.5],
  ['header', 2],
  ['links', 2],
  ['link', 2],
  ['github link', 3],
  ['personal details', 3],
  ['date of birth', 4],
];
