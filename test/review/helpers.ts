/** Builds small Resume models by hand, so review tests do not depend on the parser's choices. */
import type { Entry, Resume, Section, SectionKind } from '../../src/core/resume/types.js';

export function entry(title: string, bullets: string[], extra: Partial<Entry> = {}): Entry {
  return {
    title,
    organization: 'Example Co',
    location: null,
    start: '2021-01',
    end: 'present',
    dateText: 'Jan 2021 – Present',
    bullets,
    lines: [],
    ...extra,
  };
}

export function section(kind: SectionKind, heading: string | null, body: Partial<Section> = {}): Section {
  return { kind, heading, lines: [], entries: [], items: [], ...body };
}

export function resume(sections: Section[], contact: Partial<Resume['contact']> = {}): Resume {
  const text = sections
    .flatMap((s) => [
      s.heading ?? '',
      ...s.lines,
      ...s.items.filter((i) => !s.lines.includes(i)),
      ...s.entries.flatMap((e) => [e.title ?? '', ...e.bullets, ...e.lines]),
    ])
    .join('\n');
  const words = text.split(/\s+/).filter(Boolean).length;
  return {
    contact: {
      name: 'Sam Example',
      email: 'sam@example.com',
      phone: '+1 555 010 0000',
      location: null,
      links: [{ kind: 'linkedin', url: 'https://linkedin.com/in/sam-example', text: null }],
      ...contact,
    },
    sections,
    text,
    source: {
      format: 'text',
      fileName: null,
      pages: null,
      pagesAnalysed: null,
      truncated: false,
      bytes: text.length,
      words,
    },
  };
}

/** A backend-looking resume with the given experience bullets. */
export function backendResume(bullets: string[], skills = 'Languages: Go, Java\nStorage: PostgreSQL, Redis'): Resume {
  return resume([
    section('contact', null, { lines: ['Sam Example', 'Backend Engineer', 'sam@example.com | +1 555 010 0000'] }),
    section('experience', 'Experience', { entries: [entry('Backend Engineer', bullets)] }),
    section('education', 'Education', {
      entries: [entry('BSc Computer Science', [], { organization: 'Example University' })],
    }),
    section('skills', 'Skills', { items: skills.split('\n'), lines: skills.split('\n') }),
  ]);
}
