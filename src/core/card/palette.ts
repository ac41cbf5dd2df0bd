/**
 * Colours: navy and white for contrast (≥ 7:1 for all text), Okabe–Ito blue / orange / vermillion for the
 * score bands, chosen to stay apart for the common colour-vision deficiencies. Colour is never the only
 * signal: every bar has its number, weak bars are also hatched, pillars carry a ✓/✗ shape and a word.
 */
export const PALETTE = {
  background: '#FFFFFF',
  ink: '#111827',
  muted: '#374151',
  panel: '#0B2545',
  onPanel: '#FFFFFF',
  onPanelMuted: '#D6E0EE',
  track: '#E9EDF3',
  trackLine: '#6B7280',
  strong: '#0072B2',
  fair: '#E69F00',
  weak: '#D55E00',
  hatch: '#FFFFFF',
  missing: '#9A3B00',
} as const;

export type Band = 'strong' | 'fair' | 'weak';

/** Score bands: 80+ strong, 50–79 fair, under 50 weak. */
export function bandOf(score: number): Band {
  return score >= 80 ? 'strong' : score >= 50 ? 'fair' : 'weak';
}

export const BAND_WORDS: Readonly<Record<Band, string>> = {
  strong: 'Strong',
  fair: 'Fair',
  weak: 'Needs work',
};
