/** The follow-up intents the classifier can choose between (one list: cues and classifier both read it). */
export const INTENTS = [
  'quantify',
  'skills',
  'summary',
  'length',
  'title',
  'performance',
  'storage',
  'reliability',
  'tailor',
  'ats',
  'finding',
  'priorities',
  'overall',
  'improve',
  'education',
  'projects',
  'contact',
  'help',
  'smalltalk',
  'unknown',
] as const;
export type Intent = (typeof INTENTS)[number];
