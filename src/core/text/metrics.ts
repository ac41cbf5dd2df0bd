/**
 * Does a line carry a measurable result? Counts, percentages, multipliers, money, durations, sizes and rates
 * count; dates, years, quarters, version numbers ("Python 3.11", "Java 17"), product names ("S3", "EC2",
 * "GPT-4", "k8s") and fixed phrases ("24/7", "1:1", "2-week sprints", "3-tier") do not.
 */

const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;

/** Units that can follow a number directly ("50ms", "10x", "3k") or after a space. */
const UNIT = String.raw`(?:%|x|×|k\+?|m\+?|mm|b|bn|ms|µs|us|ns|s|sec|secs|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|yrs?|qps|rps|tps|req\/s|rpm|ops\/s|gb|tb|mb|kb|pb|gib|tib|mib|gbps|mbps|kbps|k?loc|usd|eur|gbp|dollars?|euros?|percent|pct|pp|bps|points?|x faster|times)`;
const UNIT_AFTER = new RegExp(`^\\s?${UNIT}(?![\\p{L}\\p{N}])`, 'iu');
const ATTACHED_UNIT = new RegExp(`^${UNIT}(?![\\p{L}\\p{N}])`, 'iu');

/** Names that take a version or a level number: the number after them is not a result. */
const VERSIONED = new Set(
  `python java node nodejs node.js react angular vue ios android windows macos ubuntu debian php perl ruby
rails django spring boot es ecmascript html css http tls ssl oauth ipv web level tier phase sprint version release series stage
step part section chapter grade class type fortune gen generation mark iphone pixel galaxy xbox playstation unity unreal swift
kotlin scala go golang dotnet .net net core jdk gcc clang c++ cpp wcag iso soc pci nist rfc sha md utf base covid covid-19 cs
comp math ee ece week day year quarter q1 q2 q3 q4 fy h1 h2 top room no no. number v ver version gpt llama claude gemini
postgres postgresql mysql redis kafka elasticsearch mongodb typescript javascript es6 jest webpack babel next.js nuxt svelte
hadoop spark airflow terraform kubernetes docker rhel centos fedora jira ieee`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that show a year-looking number is really a year. */
const DATE_CONTEXT =
  /^(in|since|from|during|by|until|till|through|thru|of|early|late|mid|summer|fall|spring|winter|autumn|q[1-4]|fy|h[12]|before|after|circa|c\.|est\.?|founded|class|cohort)$/i;

const NUMBER_WORDS =
  /(?<![\p{L}\p{N}-])(zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|a dozen|doubled|doubling|tripled|tripling|quadrupled|halved|halving|tenfold|twofold|threefold)(?![\p{L}\p{N}])(?!-(factor|tier|way|phase|step|pass|sided|week|day|month|year|dimensional|layer|stage)\b)/iu;

const HYPHEN_NOT_METRIC =
  /^-(factor|tier|way|phase|step|pass|sided|week|month|year|dimensional|bit|layer|stage|column|page|point|star)s?\b/i;

/** Blank out dates and fixed phrases so their digits are never read as results. */
function stripNonMetrics(text: string): string {
  const blank = (m: string): string => ' '.repeat(m.length);
  return text
    .replace(/\b\d{4}-\d{2}(-\d{2})?\b/g, blank)
    .replace(/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g, blank)
    .replace(/\b\d{1,2}\/\d{4}\b/g, blank)
    .replace(/\b(19|20)\d{2}\s?[–—-]\s?((19|20)?\d{2}|present|now|current)\b/gi, blank)
    .replace(/\b24\/7\b|\b1:1s?\b|\b1-on-1s?\b|\bone-on-ones?\b|\b\d{1,2}:\d{2}\b/gi, blank)
    .replace(/['’]\d{2}\b/g, blank)
    .replace(/\bfortune\s\d+/gi, blank);
}

function wordBefore(text: string, index: number): { word: string; first: boolean } {
  const before = text.slice(0, index);
  const m = /([\p{L}\p{N}][\p{L}\p{N}.+#-]*)[^\p{L}\p{N}]*$/u.exec(before);
  if (!m || m.index === undefined) return { word: '', first: true };
  const earlier = before.slice(0, m.index);
  const first = !/[\p{L}\p{N}]/u.test(earlier) || /[.!?;:]\s*$/.test(earlier);
  return { word: m[1] ?? '', first };
}

function wordAfter(rest: string): string {
  const m = /^\s+([\p{L}][\p{L}'-]*)/u.exec(rest);
  return m?.[1] ?? '';
}

/** Why a number counts (for tests and messages), or null. */
export function metricAt(text: string, index: number, raw: string): string | null {
  const rest = text.slice(index + raw.length);
  const before = text.slice(0, index);
  // Glued to letters on the left ("S3", "EC2", "GPT-4", "COVID-19", "HTTP/2"): a name, unless sub-/under-/over-.
  if (/[\p{L}][-/]$/u.test(before) && !/(sub|under|over|near|up|to)-$/i.test(before)) return null;
  if (/[./]\d*$/.test(before)) return null;
  if (rest.startsWith('/') && /^\/\d/.test(rest) && !/^\/\d+(\.\d+)?\s?(stars?|rating)/i.test(rest)) {
    // "4.8/5" is a rating; other N/M pairs are dates or fractions of a name.
    if (!/^\/(5|10|100)\b/.test(rest)) return null;
  }
  if ((raw.match(/\./g) ?? []).length >= 2) return null; // 3.11.2: a version
  const glued = /^[\p{L}]+/u.exec(rest);
  if (glued) {
    if (ATTACHED_UNIT.test(rest)) return 'unit';
    if (/^(st|nd|rd|th)\b/i.test(rest) && /^\w+\s+(place|prize|rank|out of|percentile)/i.test(rest)) return 'rank';
    return null; // "3D", "5G", "2FA", "1st"
  }
  if (HYPHEN_NOT_METRIC.test(rest)) return null;
  if (UNIT_AFTER.test(rest)) return 'unit';
  if (/^[+]/.test(rest)) return 'count';
  const { word: prev, first } = wordBefore(text, index);
  const prevLower = prev.toLowerCase();
  if (MONTHS.test(prev)) return null;
  if (VERSIONED.has(prevLower)) return null;
  if (/^v(er)?\.?$/i.test(prev) || /^(version|release)$/i.test(prev)) return null;
  const isYear = /^(19[5-9]\d|20\d{2})$/.test(raw);
  if (isYear) {
    const next = wordAfter(rest);
    if (DATE_CONTEXT.test(prev) || !next || !/^[a-z]+s$/.test(next)) return null;
    return 'count';
  }
  // A capitalised name right before the number ("Windows 10", "Level 2", "CS 161"), not the opening verb.
  if (!first && /^[\p{Lu}]/u.test(prev)) return null;
  return 'count';
}

export interface MetricHit {
  text: string;
  index: number;
  kind: string;
}

const memo = new Map<string, MetricHit[]>();
const MEMO_LIMIT = 2000;

/** Every measurable result in the line (memoised: several rules ask about the same bullets). */
export function findMetrics(line: string): MetricHit[] {
  const hit = memo.get(line);
  if (hit) return hit;
  const found = scanMetrics(line);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(line, found);
  return found;
}

function scanMetrics(line: string): MetricHit[] {
  if (
    !/\d|zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|doubl|tripl|quadrupl|halv|fold/i.test(
      line,
    )
  )
    return [];
  const text = stripNonMetrics(line);
  const out: MetricHit[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}.,])[$€£¥₹]?\s?(\d[\d,]*(?:\.\d+)*)/gu)) {
    const raw = m[1] ?? '';
    const start = m.index + m[0].length - raw.length;
    if (/^[$€£¥₹]/.test(m[0])) {
      out.push({ text: m[0], index: m.index, kind: 'money' });
      continue;
    }
    const kind = metricAt(text, start, raw);
    if (kind) out.push({ text: raw, index: start, kind });
  }
  const w = NUMBER_WORDS.exec(text);
  if (w) out.push({ text: w[0], index: w.index, kind: 'word' });
  return out;
}

export function hasMetric(line: string): boolean {
  return findMetrics(line).length > 0;
}
