import type { SectionKind } from './types.js';

/**
 * Heading vocabulary. A heading is recognised when its normalised text is a known phrase, or when
 * every word is a keyword, a modifier or a joiner; the first keyword decides the kind (so
 * "Skills & Certifications" is skills and "Activities and Certifications" is leadership).
 */

/** Whole phrases whose kind is not what their first keyword says. */
export const HEADING_PHRASES: Readonly<Record<string, SectionKind>> = {
  'about me': 'summary',
  'about': 'summary',
  "what i do": 'summary',
  'career objective': 'summary',
  'career statement': 'summary',
  'career summary': 'summary',
  'career profile': 'summary',
  'career overview': 'summary',
  'career highlights': 'summary',
  'summary of qualifications': 'summary',
  'qualifications summary': 'summary',
  'professional profile': 'summary',
  'personal statement': 'summary',
  'career history': 'experience',
  'employment history': 'experience',
  'professional history': 'experience',
  'work history': 'experience',
  "where i've worked": 'experience',
  'where i have worked': 'experience',
  'positions held': 'experience',
  'military service': 'experience',
  'professional background': 'experience',
  'academic background': 'education',
  'educational background': 'education',
  'continuing education': 'education',
  'professional development': 'certifications',
  'relevant positions': 'experience',
  'programming languages': 'skills',
  'technical languages': 'skills',
  'languages and technologies': 'skills',
  'languages and tools': 'skills',
  'tech stack': 'skills',
  'what i know': 'skills',
  'areas of expertise': 'skills',
  'open source': 'projects',
  'open source contributions': 'projects',
  'open source contribution': 'projects',
  'open source projects': 'projects',
  'things i have built': 'projects',
  "things i've built": 'projects',
  'side projects': 'projects',
  'community service': 'volunteering',
  'community involvement': 'volunteering',
  'community engagement': 'volunteering',
  'volunteer experience': 'volunteering',
  'volunteer work': 'volunteering',
  'positions of responsibility': 'leadership',
  'extra curricular activities': 'leadership',
  'conference presentations': 'other',
  'conference talks': 'other',
  'additional information': 'other',
  'personal information': 'other',
  'personal details': 'other',
  'contact me': 'contact',
  'contact information': 'contact',
  'contact info': 'contact',
  'contact details': 'contact',
  "let's connect": 'contact',
  'lets connect': 'contact',
  'get in touch': 'contact',
  'find me online': 'contact',
  'spoken languages': 'languages',
  'language skills': 'languages',
  'language proficiency': 'languages',
};

/** Words that name a kind on their own (singular and plural both listed where they differ). */
export const HEADING_KEYWORDS: Readonly<Record<string, SectionKind>> = {
  summary: 'summary', profile: 'summary', objective: 'summary', objectives: 'summary', overview: 'summary',
  introduction: 'summary', bio: 'summary', statement: 'summary', highlights: 'summary',
  experience: 'experience', experiences: 'experience', employment: 'experience', work: 'experience', journey: 'experience',
  internship: 'experience', internships: 'experience', teaching: 'experience',
  project: 'projects', projects: 'projects', portfolio: 'projects', contributions: 'projects',
  contribution: 'projects', software: 'projects',
  education: 'education', qualification: 'education', qualifications: 'education', academics: 'education',
  schooling: 'education', degrees: 'education',
  skills: 'skills', skill: 'skills', competencies: 'skills', competences: 'skills', expertise: 'skills',
  proficiencies: 'skills', technologies: 'skills', specialties: 'skills', specializations: 'skills', tools: 'skills', toolbox: 'skills', toolkit: 'skills',
  strengths: 'skills', abilities: 'skills', capabilities: 'skills', knowledge: 'skills', stack: 'skills',
  certifications: 'certifications', certification: 'certifications', certificates: 'certifications',
  certificate: 'certifications', licenses: 'certifications', licences: 'certifications',
  credentials: 'certifications', training: 'certifications', trainings: 'certifications',
  accreditations: 'certifications',
  awards: 'awards', award: 'awards', honors: 'awards', honours: 'awards', achievements: 'awards',
  achievement: 'awards', accomplishments: 'awards', recognition: 'awards', recognitions: 'awards',
  distinctions: 'awards', scholarships: 'awards', prizes: 'awards',
  publications: 'publications', publication: 'publications', papers: 'publications', patents: 'publications',
  volunteering: 'volunteering', service: 'volunteering', outreach: 'volunteering',
  leadership: 'leadership', activities: 'leadership', extracurricular: 'leadership',
  extracurriculars: 'leadership', involvement: 'leadership', clubs: 'leadership',
  interests: 'interests', hobbies: 'interests', passions: 'interests',
  languages: 'languages',
  coursework: 'other', courses: 'other', course: 'other', references: 'other', memberships: 'other',
  affiliations: 'other', organizations: 'other', organisations: 'other', presentations: 'other', presentation: 'other', talks: 'other', writing: 'other',
  miscellaneous: 'other',
  contact: 'contact', links: 'contact',
};

/** Words that qualify a keyword but never make a heading alone. */
export const HEADING_MODIFIERS: ReadonlySet<string> = new Set([
  'technical', 'professional', 'relevant', 'selected', 'select', 'key', 'core', 'academic', 'personal',
  'additional', 'other', 'notable', 'recent', 'industry', 'research', 'related', 'major', 'significant',
  'career', 'volunteer', 'community', 'soft', 'hard', 'computer', 'it', 'programming', 'language',
  'educational', 'university', 'college', 'previous', 'prior', 'current', 'freelance',
  'engineering', 'software', 'development', 'design', 'data', 'management', 'business', 'creative',
  'teaching', 'clinical', 'military', 'international', 'global', 'completed', 'completion',
  'featured', 'honors', 'academics', 'school', 'graduate', 'undergraduate', 'independent', 'team',
  'more', 'all', 'general', 'specialized', 'transferable', 'functional', 'digital', 'online',
  'extra', 'curricular', 'co', 'summer', 'part', 'time', 'full', 'contract', 'consulting', 'executive',
  'background', 'continuing',
]);

/** Words allowed between the others. */
export const HEADING_JOINERS: ReadonlySet<string> = new Set(['and', 'of', 'the', 'in', 'my', 'for', 'with', 'to', 'a', 'an', '/', 'on']);

/**
 * Verbs of first-person headings ("Where I've Worked", "What I Have Built") and the kind they name.
 * Places ("lived", "been") name 'other': "Where I've Lived and Worked" is a map of places, not the
 * role history, and it wins over the other verbs of the heading.
 */
export const FIRST_PERSON_VERBS: Readonly<Record<string, SectionKind>> = {
  worked: 'experience', served: 'experience', taught: 'experience', interned: 'experience',
  studied: 'education', learned: 'education', learnt: 'education',
  built: 'projects', made: 'projects', created: 'projects', shipped: 'projects',
  volunteered: 'volunteering', led: 'leadership',
  lived: 'other', been: 'other', travelled: 'other', traveled: 'other',
};
