import nlp from 'compromise';
import { hasOrgCue } from './entry-cues.js';
import { MULTI_WORD_CITY_START, REGION_RE } from './place-names.js';

/** Places in entry headers and contact blocks: "City, ST", "City, Country", "Remote". */

function isCityPiece(piece: string): { city: string; rest: string } | null {
  const postal = /\s+([A-Z]?\d[\dA-Z-]{2,})$/u.exec(piece);
  if (postal !== null) {
    const found = isCityPiece(piece.slice(0, postal.index));
    return found === null ? null : { city: `${found.city} ${postal[1] ?? ''}`.trim(), rest: found.rest };
  }
  const words = piece.split(/\s+/u);
  // "Escondido CA": a city with its state code and no comma between.
  const last = words[words.length - 1] ?? '';
  if (words.length >= 2 && /^[A-Z]{2}$/u.test(last) && REGION_RE.test(last)) {
    const city = isCityPiece(words.slice(0, -1).join(' '));
    return city === null ? null : { city: `${city.city} ${last}`, rest: city.rest };
  }
  let take = 1;
  // "Lloret de Mar", "Santa Cruz de Tenerife": a particle joins the place's words.
  while (
    PLACE_PARTICLE_RE.test(words[words.length - take - 1] ?? '') &&
    /^\p{Lu}/u.test(words[words.length - take - 2] ?? '') &&
    !hasOrgCue(words[words.length - take - 2] ?? '')
  )
    take += 2;
  const before = words[words.length - take - 1];
  if (before !== undefined && MULTI_WORD_CITY_START.has(before.toLowerCase())) take += 1;
  const third = words[words.length - take - 1];
  if (take === 2 && third !== undefined && MULTI_WORD_CITY_START.has(third.toLowerCase())) take = 3;
  const cityWords = words.slice(-take);
  if (!cityWords.every((w) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(w) || PLACE_PARTICLE_RE.test(w))) return null;
  // "EdYoda Digital University, India": the last word names the organisation, not a city.
  if (hasOrgCue(cityWords.join(' '))) return null;
  return { city: cityWords.join(' '), rest: words.slice(0, -take).join(' ') };
}

/**
 * A "City, ST" / "City, Country" inside a comma list, possibly run together with the organisation
 * before it ("Google Mountain View, CA", "Acme, New Orleans, LA, Accountant").
 */
export function trailingLocation(text: string): { location: string; rest: string } | null {
  const t = text.trim();
  if (/^(?:remote|hybrid)$/iu.test(t)) return { location: t, rest: '' };
  const pieces = t.split(/\s*,\s*/u);
  // "Tessellate, remote": the work mode, not a city before a region.
  const tail = pieces[pieces.length - 1] ?? '';
  if (pieces.length >= 2 && /^(?:remote|hybrid)$/iu.test(tail))
    return { location: tail, rest: pieces.slice(0, -1).join(', ') };
  for (let k = pieces.length - 1; k >= 1; k--) {
    if (!REGION_RE.test(pieces[k] ?? '')) continue;
    let first = k;
    while (first > 1 && REGION_RE.test(pieces[first - 1] ?? '')) first--;
    const city = isCityPiece(pieces[first - 1] ?? '');
    if (city === null) continue;
    const location = [city.city, ...pieces.slice(first, k + 1)].join(', ');
    const rest = [...pieces.slice(0, first - 1), ...(city.rest.length > 0 ? [city.rest] : []), ...pieces.slice(k + 1)];
    return { location, rest: rest.join(', ') };
  }
  // "St. Agnes Hospital, Leeds": a city compromise knows, after the organisation.
  if (pieces.length >= 2 && isPlaceName(tail)) return { location: tail, rest: pieces.slice(0, -1).join(', ') };
  const remote = /^(.*?)[\s,(–-]+(remote|hybrid)\)?$/iu.exec(t);
  return remote?.[1] !== undefined && remote[2] !== undefined ? { location: remote[2], rest: remote[1].trim() } : null;
}

/** Small words inside place names: "Lloret de Mar", "Puerto de la Cruz", "Stratford upon Avon". */
const PLACE_PARTICLES = 'de|del|la|las|los|da|do|dos|das|di|du|des|sur|en|le|les|on|upon|in|am|an|der|im|y';
const PLACE_PARTICLE_RE = new RegExp(`^(?:${PLACE_PARTICLES})$`, 'u');
/** One to four capitalised words, particles between them: shaped like a place's name ("Santa Cruz de Tenerife"). */
const PLACE_SHAPED_RE = new RegExp(
  `^\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:(?:${PLACE_PARTICLES})\\s+){0,2}\\p{Lu}[\\p{L}.'’-]*){0,3}$`,
  'u',
);

export function isPlaceShaped(text: string): boolean {
  return PLACE_SHAPED_RE.test(text.trim());
}

/** A place name and nothing else (one to three capitalised words compromise tags as a place: "Glasgow", "Cork"). */
export function isPlaceName(text: string): boolean {
  const t = text.trim();
  if (!/^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u.test(t) || hasOrgCue(t)) return false;
  const allPlace = (text: string): boolean => {
    const terms = (nlp(text).json() as { terms?: { tags?: string[] }[] }[]).flatMap((s) => s.terms ?? []);
    return terms.length > 0 && terms.every((term) => term.tags?.includes('Place') === true);
  };
  // "Riverside Library" reads as a place only as a whole: its last word must name one on its own too.
  const last = t.split(/\s+/u).pop() ?? t;
  return allPlace(t) && (last === t || allPlace(last));
}
