import type { RoleProfile } from '../types.js';

/** General: for every role — results, ownership and working with people. Used when no other role fits. */
export const general: RoleProfile = {
  id: 'general',
  label: 'General',
  /** Titles outside engineering: they keep a designer or an accountant from being reviewed as a developer. */
  titles: [
    'designer', 'product designer', 'ux designer', 'graphic designer', 'visual designer', 'accountant', 'auditor',
    'teacher', 'lecturer', 'tutor', 'nurse', 'sales', 'account executive', 'account manager', 'marketing',
    'recruiter', 'talent acquisition', 'human resources', 'hr', 'customer support', 'customer service',
    'project manager', 'product manager', 'program manager', 'operations manager', 'consultant', 'lawyer',
    'paralegal', 'administrator', 'assistant', 'cashier', 'barista', 'receptionist', 'pharmacist', 'architect',
    'researcher', 'biologist', 'ecologist', 'chemist', 'writer', 'editor', 'journalist',
  ],
  vocabulary: [],
  pillars: [
    {
      id: 'impact',
      label: 'Impact',
      description: 'What changed because of your work: more, less, faster, cheaper, better.',
      evidence: [
        'increased', 'reduced', 'grew', 'saved', 'improved', 'cut', 'raised', 'doubled', 'halved', 'revenue', 'growth',
        'savings', 'efficiency', 'customers', 'users', 'clients',
      ],
      metrics: ['before and after of the result', 'money saved or earned ($)', 'people reached'],
      placeholder: '[X]% / $[N] / [N] people',
    },
    {
      id: 'ownership',
      label: 'Ownership',
      description: 'What you were trusted with and carried through yourself.',
      evidence: [
        'led', 'lead', 'owned', 'own', 'launched', 'founded', 'managed', 'initiated', 'established', 'created', 'built', 'drove',
        'organized', 'organised', 'delivered', 'spearheaded',
      ],
      metrics: ['budget or scope owned', 'projects delivered', 'deadlines met'],
      placeholder: '[N] projects / $[N] budget',
    },
    {
      id: 'collaboration',
      label: 'Collaboration',
      description: 'Working with and through others: teams, stakeholders, mentoring.',
      evidence: [
        'team', 'cross-functional', 'stakeholders', 'partnered', 'collaborated', 'mentored', 'coached', 'trained',
        'presented', 'negotiated', 'coordinated', 'clients',
      ],
      metrics: ['people led or trained', 'teams or departments involved'],
      placeholder: '[N] people / [N] teams',
    },
  ],
  expectedSections: ['contact', 'experience', 'education', 'skills'],
  skillGroups: [
    { id: 'tools', label: 'Tools', examples: ['Excel', 'Jira', 'Salesforce'] },
    { id: 'methods', label: 'Methods', examples: ['project management', 'data analysis', 'negotiation'] },
    { id: 'languages', label: 'Languages', examples: ['English', 'Spanish'] },
  ],
};
