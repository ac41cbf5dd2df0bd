import { headingLanguages } from './heading-vocabulary-intl.js';
import { headingKey, isEnglishHeadingWord } from './headings.js';
import type { ResumeLanguage, Section } from './types.js';

/**
 * The language a resume's section headings are written in: another language when at least two headings are
 * in it and they outnumber the English ones; English otherwise (also when there is too little to tell).
 */
export function headingsLanguage(sections: readonly Section[]): ResumeLanguage {
  const counts = new Map<ResumeLanguage, number>();
  for (const section of sections) {
    if (section.heading === null) continue;
    const key = headingKey(section.heading);
    const found = headingLanguages(key, isEnglishHeadingWord);
    const english = key.split(' ').some((w) => isEnglishHeadingWord(w) && !/^(?:and|of|the|a|an|in)$/u.test(w));
    if (found.length === 0 && english) counts.set('en', (counts.get('en') ?? 0) + 1);
    for (const language of found) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  let best: ResumeLanguage = 'en';
  let most = counts.get('en') ?? 0;
  for (const [language, n] of counts) {
    if (language !== 'en' && n >= 2 && n > most) {
      best = language;
      most = n;
    }
  }
  return best;
}
