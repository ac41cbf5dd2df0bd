import type { Rule } from './types.js';
import type { Resume } from '../resume/types.js';
import { makeFinding, sectionIndexOfKind } from './support/scope.js';

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;
const PHONE = /(?:\+?\d[\d\s().-]{7,}\d)/g;
const PROFILE_HOST =
  /\b(linkedin\.com|github\.com|gitlab\.com|bitbucket\.org|behance\.net|dribbble\.com|kaggle\.com|stackoverflow\.com|huggingface\.co|[\w-]+\.github\.io)\b/i;
/** A line that is only an address: a portfolio link set on its own line. */
const BARE_ADDRESS_LINE = /^\s*(https?:\/\/)?(www\.)?[\w-]+(\.[\w-]+)*\.[a-z]{2,}(\/\S*)?\s*$/i;
const LINK =
  /\b(linkedin\.com|github\.com|gitlab\.com|bitbucket\.org|behance\.net|dribbble\.com|kaggle\.com|stackoverflow\.com|medium\.com|huggingface\.co)\/\S+|\bhttps?:\/\/\S+|\bwww\.\S+|(?<![@\w.-])[\w-]+(\.[\w-]+)*\.(dev|io|me|page|site|xyz|tech|codes|com|org|net|design|app|ai|co)(\/\S*)?(?![\w@.-])/i;

/** The header: the contact section, or the first lines of the text when the parser found none. */
function headerText(resume: Resume): string {
  const i = sectionIndexOfKind(resume, 'contact');
  const lines = i !== null ? (resume.sections[i]?.lines ?? []) : [];
  return [...lines, ...resume.text.split('\n').slice(0, 12)].join('\n');
}

function hasPhone(text: string): boolean {
  for (const m of text.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= 9 && digits.length <= 15 && !/^(19|20)\d{2}(19|20)\d{2}$/.test(digits)) return true;
  }
  return false;
}

export const missingContact: Rule = {
  id: 'missing-contact',
  description: 'No email, no phone, or no professional link (LinkedIn, GitHub, portfolio).',
  why: 'A reviewer who likes the resume must be able to reach you and see your work in one click.',
  label: 'Contact details incomplete',
  askedAs: ['missing contact'],
  fix: (f) => f[0]?.message ?? 'Complete the contact line: email, phone and a professional link',
  check({ resume }) {
    const c = resume.contact;
    const header = headerText(resume);
    const sectionIndex = sectionIndexOfKind(resume, 'contact');
    const out = [];
    if (!c.email && !EMAIL.test(header)) {
      out.push(
        makeFinding(
          'missing-contact',
          {
            severity: 'high',
            message: 'No email address: it is the way most recruiters reply.',
            evidence: null,
            suggestion: 'Add a professional email under your name (firstname.lastname@…).',
          },
          { sectionIndex },
        ),
      );
    }
    if (!c.phone && !hasPhone(header)) {
      out.push(
        makeFinding(
          'missing-contact',
          {
            severity: 'medium',
            message: 'No phone number: recruiters often call to set up the first screen.',
            evidence: null,
            suggestion: 'Add a phone number with the country code.',
          },
          { sectionIndex },
        ),
      );
    }
    const professional =
      c.links.some((l) => l.kind !== 'other') ||
      LINK.test(header) ||
      PROFILE_HOST.test(resume.text) ||
      resume.text.split('\n').some((l) => BARE_ADDRESS_LINE.test(l) && !/@/.test(l));
    if (!professional) {
      out.push(
        makeFinding(
          'missing-contact',
          {
            severity: 'low',
            message: 'No professional link: a LinkedIn, GitHub or portfolio link lets a reviewer check your work.',
            evidence: null,
            suggestion: 'Add one link you keep up to date (LinkedIn, GitHub or a portfolio) next to your email.',
          },
          { sectionIndex },
        ),
      );
    }
    return out;
  },
};
