import { describe, expect, it } from 'vitest';
import {
  classifyHeadingText,
  isHeadingShaped,
  matchHeading,
  segmentGluedHeading,
} from '../../src/core/resume/headings.js';

describe('classifyHeadingText', () => {
  it.each([
    ['Experience', 'experience'],
    ['EXPERIENCE', 'experience'],
    ['Professional Experience', 'experience'],
    ['Work History', 'experience'],
    ['Freelance Work', 'experience'],
    ['Academic Appointments', 'experience'],
    ['Languages Spoken', 'languages'],
    ['Referees', 'other'],
    ['Exhibitions', 'other'],
    ['Workshops & Seminars', 'other'],
    ['Industry Knowledge', 'skills'],
    ["Where I've Worked", 'experience'],
    ["WHAT I'VE DONE", 'experience'],
    ['What I Have Done', 'experience'],
    ['Research', 'experience'],
    ['TECHNICAL', 'skills'],
    ['Shipped Titles', 'projects'],
    ['Game Jams', 'projects'],
    ['Hackathons', 'projects'],
    ['Instructional Design Projects', 'projects'],
    ['CERTIFICATIONS / EXAMS', 'certifications'],
    ['Where I’ve Worked', 'experience'],
    ['Teaching Experience', 'experience'],
    ['Research/Academic Experience', 'experience'],
    ['Technical Work Experience', 'experience'],
    ['Internships', 'experience'],
    ['Clinical Placements', 'experience'],
    ['Clinical Rotations', 'experience'],
    ['Practicum', 'experience'],
    ['Toolbox', 'skills'],
    ['Technical Skills', 'skills'],
    ['Core Competencies', 'skills'],
    ['Areas of Expertise', 'skills'],
    ['Programming Languages', 'skills'],
    ['Strengths', 'skills'],
    ['Selected Projects', 'projects'],
    ['Open-Source Contributions', 'projects'],
    ['Portfolio', 'projects'],
    ['Relevant Coursework', 'other'],
    ['Honors & Awards', 'awards'],
    ['Achievements', 'awards'],
    ['Conference Presentations', 'other'],
    ['Certificates', 'certifications'],
    ['Licenses & Certifications', 'certifications'],
    ['Training and Certifications', 'certifications'],
    ['Summary', 'summary'],
    ['Professional Summary', 'summary'],
    ['About Me', 'summary'],
    ['Career Objective', 'summary'],
    ['Profile', 'summary'],
    ['Education', 'education'],
    ['Academic Qualification', 'education'],
    ['Publications', 'publications'],
    ['Volunteer Experience', 'volunteering'],
    ['Leadership Experience', 'leadership'],
    ['Extracurricular Activities', 'leadership'],
    ['Hobbies', 'interests'],
    ['Languages', 'languages'],
    ['Contact', 'contact'],
    ["Let's Connect", 'contact'],
    ['Links', 'contact'],
    ['Executive Summary', 'summary'],
    ['Military Service', 'experience'],
    ['Professional Development', 'certifications'],
    ['Academic Background', 'education'],
    ['Educational Background', 'education'],
    ['Clubs & Organizations', 'leadership'],
    ['Professional Affiliations', 'other'],
    ['Professional Journey', 'experience'],
    ['My Career Journey', 'experience'],
    ["Where I've Lived and Worked", 'other'],
    ['Where I Have Lived & Worked', 'other'],
    ['Where I Studied', 'education'],
    ["What I've Built and Shipped", 'projects'],
    ['Where I Have Volunteered', 'volunteering'],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyHeadingText(text)).toBe(kind);
  });

  it('takes the first-named kind of a combined heading', () => {
    expect(classifyHeadingText('Skills & Certifications')).toBe('skills');
    expect(classifyHeadingText('Certifications & Awards')).toBe('certifications');
    expect(classifyHeadingText('Activities and Certifications')).toBe('leadership');
    expect(classifyHeadingText('Experience and Projects')).toBe('experience');
    expect(classifyHeadingText('Summary of Skills')).toBe('summary');
  });

  it.each([
    'Software Engineer',
    'Google',
    'Data Scientist',
    'Project Manager',
    'Key Qualifications & Responsibilities',
    'Research Assistant',
    'Volunteer',
    'Software Engineering',
    'Design',
    'Where I Live',
    "What I've Learned About Kafka",
    'Journey Planner',
  ])('does not take "%s" for a heading', (text) => {
    expect(classifyHeadingText(text)).toBeNull();
  });

  it('ignores markdown markers and numbering', () => {
    expect(classifyHeadingText('## Experience')).toBe('experience');
    expect(classifyHeadingText('**Skills**')).toBe('skills');
    expect(classifyHeadingText('2. Education')).toBe('education');
  });
});

describe('isHeadingShaped', () => {
  it('accepts short capitalised lines, with or without a colon', () => {
    expect(isHeadingShaped('Technical Skills')).toBe(true);
    expect(isHeadingShaped('AREAS OF EXPERTISE:')).toBe(true);
    expect(isHeadingShaped('Academic Qualification :')).toBe(true);
  });
  it.each([
    'Experience with Docker, Kubernetes and AWS',
    'Experience.',
    'Led the migration of the billing service to Go and cut costs by 30% in two quarters',
    'Experience 2019',
    'skills',
    'Skills | Tools',
    'Education, Training',
    'Contact: jane@example.com',
  ])('rejects "%s"', (text) => {
    expect(isHeadingShaped(text)).toBe(false);
  });
});

describe('matchHeading', () => {
  it('strips an icon glyph read as a stray character', () => {
    expect(matchHeading('r Experiences')).toMatchObject({ kind: 'experience', heading: 'Experiences' });
    expect(matchHeading('Ô Technical Skills')).toMatchObject({ kind: 'skills', heading: 'Technical Skills' });
  });
  it('splits letter-spaced headings whose word gaps were lost', () => {
    expect(segmentGluedHeading('EDUCATIONANDCERTIFICATION')).toBe('EDUCATION AND CERTIFICATION');
    expect(matchHeading('WORKEXPERIENCE')).toMatchObject({ kind: 'experience', heading: 'WORK EXPERIENCE' });
  });
  it('reports the style: capitals and colon', () => {
    expect(matchHeading('SKILLS:')?.style).toEqual({ caps: true, colon: true });
    expect(matchHeading('Skills')?.style).toEqual({ caps: false, colon: false });
  });
  it('does not segment ordinary words', () => {
    expect(segmentGluedHeading('KUBERNETES')).toBeNull();
  });
});

describe('a field word before a head noun', () => {
  it.each([
    ['KITCHEN EXPERIENCE', 'experience'],
    ['Retail Experience', 'experience'],
    ['Laboratory Skills', 'skills'],
    ['Capstone Projects', 'projects'],
    ['REGISTRATION', 'certifications'],
  ])('%s is a %s heading', (text, kind) => {
    expect(matchHeading(text)?.kind).toBe(kind);
  });

  it.each(['Social Work', 'Customer Service', 'SOFTWARE ENGINEER', 'Kitchen Porter Experience Needed'])(
    '%s is not a heading',
    (text) => {
      expect(matchHeading(text)).toBeNull();
    },
  );
});
