import type { Finding, Rule } from './types.js';
import { proseLines } from '../roles/coverage.js';
import { bulletsOf, makeFinding } from './support/scope.js';
import { splitSkills } from './support/skills.js';
import { escapeRegExp } from './support/text.js';

/** Tools nearly everyone lists and nobody writes a bullet about. */
const UBIQUITOUS = new Set([
  'git', 'github', 'gitlab', 'bitbucket', 'linux', 'unix', 'macos', 'windows', 'jira', 'confluence', 'trello', 'notion',
  'slack', 'vs code', 'vscode', 'visual studio code', 'intellij', 'pycharm', 'eclipse', 'vim', 'emacs', 'bash', 'shell',
  'zsh', 'terminal', 'excel', 'microsoft word', 'powerpoint', 'microsoft office', 'ms office', 'google workspace',
  'g suite', 'outlook', 'agile', 'scrum', 'kanban', 'communication', 'teamwork', 'leadership', 'problem solving',
  'problem-solving', 'time management', 'critical thinking', 'public speaking', 'attention to detail', 'postman', 'npm',
  'yarn', 'pip', 'markdown', 'latex', 'json', 'yaml', 'xml', 'html', 'css',
]);

const SPOKEN = /^(english|spanish|french|german|italian|portuguese|mandarin|chinese|cantonese|japanese|korean|hindi|arabic|russian|dutch|polish|turkish|urdu|bengali|tamil|telugu|vietnamese|thai|swedish|norwegian|danish|finnish|greek|hebrew|ukrainian|romanian|czech|hungarian|indonesian|malay|tagalog|swahili|persian|farsi)\b|\b(native|fluent|bilingual|proficient|conversational|intermediate|beginner|basic)\b|\(\s*[abc][12]\s*\)/i;

/** Skill names that are also everyday words: matched with the case as written ("Go" ≠ "go live"). */
const ENGLISH_WORDS = new Set(['go', 'swift', 'rust', 'spring', 'express', 'dart', 'julia', 'elm', 'chef', 'puppet', 'ant',
  'gin', 'echo', 'jest', 'mocha', 'less', 'ember', 'meteor', 'backbone', 'bootstrap', 'flutter', 'ionic', 'unity', 'spark',
  'hive', 'pig', 'storm', 'beam', 'presto', 'crystal', 'scheme', 'make', 'r', 'c', 'd', 'vue', 'next', 'nest', 'deno', 'bun']);

const ALIASES: Record<string, readonly string[]> = {
  'kubernetes': ['k8s', 'EKS', 'GKE', 'AKS'], 'k8s': ['Kubernetes'], 'postgresql': ['Postgres'], 'postgres': ['PostgreSQL'],
  'javascript': ['JS', 'Node.js', 'React', 'TypeScript', 'Vue', 'Angular', 'Svelte', 'Next.js', 'Nuxt', 'jQuery', 'Express'], 'js': ['JavaScript'], 'typescript': ['TS'], 'golang': ['Go'], 'go': ['Golang'],
  'node.js': ['Node', 'NodeJS'], 'node': ['Node.js', 'NodeJS'], 'nodejs': ['Node.js', 'Node'],
  'react': ['React.js', 'ReactJS', 'React Native'], 'react.js': ['React'], 'vue': ['Vue.js'], 'vue.js': ['Vue'],
  'aws': ['Amazon Web Services', 'EC2', 'S3', 'Lambda', 'DynamoDB', 'SQS', 'SNS', 'ECS', 'EKS', 'CloudWatch', 'RDS', 'CloudFormation', 'Kinesis', 'Aurora'],
  'gcp': ['Google Cloud', 'BigQuery', 'GKE', 'Cloud Run', 'Cloud Functions', 'Pub/Sub'],
  'azure': ['AKS', 'Cosmos DB', 'Azure Functions'],
  'ci/cd': ['CI', 'GitHub Actions', 'Jenkins', 'GitLab CI', 'CircleCI', 'continuous integration', 'continuous delivery', 'continuous deployment', 'pipeline', 'pipelines'],
  'docker': ['container', 'containers', 'containerized', 'containerised', 'Dockerized', 'Dockerfile'],
  'terraform': ['infrastructure as code', 'IaC'], 'rest': ['RESTful', 'REST API', 'REST APIs'], 'restful apis': ['REST'],
  'sql': ['PostgreSQL', 'MySQL', 'SQLite', 'SQL Server', 'Postgres', 'queries'],
  'machine learning': ['ML', 'model', 'models'], 'ml': ['machine learning'], 'nlp': ['natural language processing'],
  'python': ['Django', 'Flask', 'FastAPI', 'pandas', 'PyTorch'], 'java': ['Spring', 'Spring Boot', 'JVM'],
  'spring boot': ['Spring'], 'c++': ['C++17', 'C++20', 'C++14'], 'c#': ['.NET'], '.net': ['C#', 'ASP.NET'],
  'grpc': ['gRPC'], 'tailwind': ['Tailwind CSS', 'TailwindCSS'], 'tailwind css': ['Tailwind'],
};

function alternatives(skill: string): string[] {
  const main = skill.replace(/\s*[([].*$/, '').trim();
  const inner = /[([]([^)\]]*)[)\]]/.exec(skill)?.[1] ?? '';
  const parts = [main, ...inner.split(/[,;/]/).map((s) => s.trim())].filter((s) => s.length > 0);
  const out = new Set(parts);
  for (const p of parts) {
    for (const a of ALIASES[p.toLowerCase()] ?? []) out.add(a);
    // "webhooks" is used as "webhook service".
    if (/[a-z]{3}s$/.test(p) && !/ss$/.test(p)) out.add(p.slice(0, -1));
  }
  return [...out];
}

const patternCache = new Map<string, RegExp>();

function skillPattern(name: string): RegExp {
  let re = patternCache.get(name);
  if (!re) {
    re = buildSkillPattern(name);
    patternCache.set(name, re);
  }
  return re;
}

function buildSkillPattern(name: string): RegExp {
  const caseSensitive = name.length <= 2 || ENGLISH_WORDS.has(name.toLowerCase());
  const body = escapeRegExp(name).replace(/\s+/g, '[\\s-]+');
  const plural = /[a-z]$/i.test(name) && !caseSensitive ? '(?:e?s)?' : '';
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${plural}(?![\\p{L}\\p{N}+#]|\\.[\\p{L}])`, caseSensitive ? 'u' : 'iu');
}

/** True when the skill (or a well-known equivalent) appears in the text. `lower`: the text lowercased, if at hand. */
export function skillUsedIn(skill: string, text: string, lower: string = text.toLowerCase()): boolean {
  // A cheap substring test first: most alternatives are not in the text at all.
  return alternatives(skill).some((a) => lower.includes(a.toLowerCase()) && skillPattern(a).test(text));
}

function worthChecking(skill: string): boolean {
  const main = skill.replace(/\s*[([].*$/, '').trim();
  if (main.length < 1 || main.split(/\s+/).length > 4) return false;
  if (UBIQUITOUS.has(main.toLowerCase()) || SPOKEN.test(skill)) return false;
  return /[\p{L}]/u.test(main);
}

export const skillNotEvidenced: Rule = {
  id: 'skill-not-evidenced',
  description: 'A skill in the skills list that no bullet or summary line ever uses.',
  why: 'A listed skill with no bullet behind it is a keyword, not evidence; reviewers look for where you used it.',
  check({ resume }) {
    if (bulletsOf(resume, ['experience', 'projects']).length < 3) return [];
    const prose = proseLines(resume).join('\n');
    const lower = prose.toLowerCase();
    const out: Finding[] = [];
    const seen = new Set<string>();
    resume.sections.forEach((section, sectionIndex) => {
      if (section.kind !== 'skills') return;
      const rows = section.items.length > 0 ? section.items : section.lines;
      for (const row of rows) {
        for (const skill of splitSkills(row)) {
          const key = skill.toLowerCase();
          if (seen.has(key) || !worthChecking(skill)) continue;
          seen.add(key);
          if (skillUsedIn(skill, prose, lower)) continue;
          out.push(makeFinding('skill-not-evidenced', {
            severity: 'low',
            message: `"${skill}" is listed as a skill, but no bullet shows where you used it.`,
            evidence: skill,
            suggestion: `Name ${skill.replace(/\s*[([].*$/, '')} in the bullet where you used it (what you built with it and the result), or drop it if it is not one of your strengths.`,
          }, { sectionIndex }));
        }
      }
    });
    return out;
  },
};
