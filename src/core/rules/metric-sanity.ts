import type { Rule } from './types.js';
import { findMetrics } from '../text/metrics.js';
import { at, bulletsOf, makeFinding } from './support/scope.js';

const REDUCTION =
  /\b(reduc\w*|cut|cutting|decreas\w*|lower\w*|drop\w*|sav\w*|shrank|shrunk|shrink\w*|trimm?\w*|slash\w*|minimi[sz]\w*|eliminat\w*)\b/i;
const PERCENT = /(\d+(?:\.\d+)?)\s?(%|percent\b)/gi;
const MULTIPLIER =
  /(?<![\p{L}\p{N}.])(\d+(?:\.\d+)?)\s?(x|×|times)(?![\p{L}\p{N}])(?!\s+(?:a|an|per|each|every|daily|weekly|monthly|in|during)\b)/giu;
const LATENCY = /\b(latency|latencies|response\s+times?|load\s+times?|p\d{2}(?:\.\d)?)\b/i;
const TIME_UNIT = /^\s?(ms|µs|us|ns|s|sec|secs|seconds?|milliseconds?|minutes?|mins?)\b/i;
const PERCENTILE = /\bp\d{2}(\.\d)?\b|\b(median|average|avg|mean|tail|percentile|\d{2}th)\b/i;
const FROM_TO = /\bfrom\s+[~$€£]?\d[\d,.]*\s?\w*\s+(to|→|->)\s+[~$€£]?\d|\d[\d,.]*\s?\w*\s*(→|->)\s*[~$€£]?\d/i;

export interface Problem {
  message: string;
  suggestion: string;
}

/** What looks wrong with the numbers in a bullet, or null. */
export function metricProblem(text: string): Problem | null {
  if (REDUCTION.test(text)) {
    for (const m of text.matchAll(PERCENT)) {
      if (Number(m[1]) > 100) {
        return {
          message: `"${m[0]}" cannot be a reduction: nothing drops by more than 100%.`,
          suggestion:
            'State it as before → after ("from 800 ms to 200 ms") or as a multiple ("4× faster"), whichever is right.',
        };
      }
    }
  }
  const metrics = findMetrics(text);
  const multipliers = [...text.matchAll(MULTIPLIER)];
  if (multipliers.length > 0 && !FROM_TO.test(text)) {
    const others = metrics.filter(
      (m) => !multipliers.some((x) => x.index !== undefined && m.index >= x.index && m.index < x.index + x[0].length),
    );
    if (others.length === 0) {
      return {
        message: `"${multipliers[0]?.[0] ?? ''}" has no baseline: faster or bigger than what?`,
        suggestion: 'Give the before and after ("build time from 20 min to 2 min") so the multiple can be checked.',
      };
    }
  }
  if (LATENCY.test(text)) {
    const hasPercent = /\d\s?%/.test(text);
    const absolute = metrics.filter((m) => m.kind !== 'word' && !/^\s*%/.test(text.slice(m.index + m.text.length)));
    const withUnit = absolute.filter((m) => TIME_UNIT.test(text.slice(m.index + m.text.length)));
    // A bare number reads as a latency value when no noun follows it ("from 800 to 120", "to 200.").
    const latencyNumbers = absolute.filter((m) =>
      /^\s*(?:$|[,.;)→]|->|(?:to|and|on|at|for|in|with|under|by|after|while)\b)/i.test(
        text.slice(m.index + m.text.length),
      ),
    );
    if (latencyNumbers.length > 0 && withUnit.length === 0 && !hasPercent) {
      return {
        message: 'The latency figure has no unit: a reader cannot tell milliseconds from seconds.',
        suggestion: 'Write the unit and the percentile, e.g. "p99 latency from [X] ms to [Y] ms".',
      };
    }
    if (withUnit.length > 0 && !PERCENTILE.test(text)) {
      return {
        message: 'The latency figure does not say which latency: median, p95 or p99 mean very different things.',
        suggestion: 'Name the percentile, e.g. "p99 latency from [X] ms to [Y] ms".',
      };
    }
  }
  return null;
}

export const metricSanity: Rule = {
  id: 'metric-sanity',
  description:
    'A number that cannot be right or cannot be checked: "reduced latency by 150%", "10x" with no baseline, latency with no unit or percentile.',
  why: 'Reviewers check numbers; one that cannot be true, or has nothing to compare with, costs the credibility of the rest.',
  label: 'Number that does not add up',
  askedAs: ['metric sanity'],
  check({ resume }) {
    return bulletsOf(resume).flatMap((b) => {
      const problem = metricProblem(b.text);
      if (!problem) return [];
      return [makeFinding('metric-sanity', { severity: 'medium', ...problem, evidence: b.text }, at(b))];
    });
  },
};
