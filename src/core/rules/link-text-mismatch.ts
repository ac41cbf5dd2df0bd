import type { Finding, Rule } from './types.js';
import { makeFinding, sectionIndexOfKind } from './support/scope.js';

/** A visible text that is itself an address ("github.com/a", "https://…", "me@x.com"), normalised; else null. */
export function addressOf(text: string): string | null {
  const t = text.trim().replace(/^mailto:/i, '');
  if (/\s/.test(t)) return null;
  if (/^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(t)) return `mailto:${t.toLowerCase()}`;
  if (!/^(https?:\/\/|www\.)/i.test(t) && !/^[\w-]+(\.[\w-]+)*\.[a-z]{2,}(\/\S*)?$/i.test(t)) return null;
  return normalise(t);
}

export function normalise(url: string): string {
  const u = url.trim().replace(/^mailto:/i, 'mailto:');
  if (/^mailto:/i.test(u)) return u.toLowerCase();
  return u
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

/** True when the visible address and the target differ (a target that only extends the shown path is fine). */
export function linkMismatch(text: string, url: string): boolean {
  const shown = addressOf(text);
  if (!shown) return false;
  const target = normalise(url);
  if (shown === target) return false;
  if (target.startsWith(`${shown}/`)) return false;
  return true;
}

const MARKDOWN_LINK = /\[([^\]\n]{1,200})\]\(([^)\s]{1,500})\)/g;

export const linkTextMismatch: Rule = {
  id: 'link-text-mismatch',
  description: 'A link whose visible text is an address different from where it actually points.',
  why: 'A reviewer who clicks "github.com/you" and lands somewhere else stops trusting the rest; it is also often an old copy-paste.',
  label: 'Link text and target differ',
  askedAs: ['link text'],
  check({ resume }) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    const push = (text: string, url: string, sectionIndex: number | null): void => {
      const key = `${text}→${url}`;
      if (seen.has(key) || !linkMismatch(text, url)) return;
      seen.add(key);
      out.push(
        makeFinding(
          'link-text-mismatch',
          {
            severity: 'medium',
            message: `The link shows "${text.trim()}" but opens ${url.trim()}.`,
            evidence: text.trim(),
            suggestion:
              'Point the link at the address it shows (or change the text to match), then click it once to check.',
          },
          { sectionIndex },
        ),
      );
    };
    const contactIndex = sectionIndexOfKind(resume, 'contact');
    for (const link of resume.contact.links) if (link.text) push(link.text, link.url, contactIndex);
    for (const m of resume.text.matchAll(MARKDOWN_LINK)) push(m[1] ?? '', m[2] ?? '', null);
    return out;
  },
};
