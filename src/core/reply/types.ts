/**
 * The neutral reply document: plain data, no Markdown dialect, no platform markup. Adapters render it
 * natively (embeds, Block Kit, Telegram HTML) in a pure function beside their limits table; the console
 * and the CLI use the plain-text renderer. All strings are plain text: renderers escape them.
 */
import type { Severity } from '../rules/types.js';
import type { SectionKind } from '../resume/types.js';
import type { Card } from '../card/types.js';

export type Tone = Severity | 'ok' | 'info';

export type Block =
  /** A run of prose. */
  | { type: 'paragraph'; text: string }
  /** A small heading inside a message. */
  | { type: 'heading'; text: string }
  /** A bulleted (or numbered) list of plain-text items. */
  | { type: 'list'; items: string[]; ordered?: boolean }
  /** Verbatim text from the user's resume. */
  | { type: 'quote'; text: string }
  /** One finding: what, why, the evidence and what to do. */
  | {
      type: 'finding';
      severity: Severity;
      rule: string;
      title: string;
      evidence: string | null;
      suggestion: string | null;
    }
  /** A rewrite of the user's line; `after` may contain [placeholders]. */
  | { type: 'rewrite'; before: string; after: string; note?: string }
  /** Label/value pairs (score, role, pages …). */
  | { type: 'fields'; fields: { label: string; value: string }[] }
  /** Small print (hints, what to ask next). */
  | { type: 'context'; text: string }
  | { type: 'divider' };

export type MessageKind = 'summary' | 'section' | 'answer' | 'notice' | 'error' | 'progress';

export interface ReplyMessage {
  kind: MessageKind;
  /** Short title, e.g. "Experience — 62/100". Plain text. */
  title: string;
  tone: Tone;
  blocks: Block[];
  /** For kind 'section': which section of the review this message is about. */
  section?: { index: number; kind: SectionKind; heading: string | null };
  /** Whether this should only be seen by the requester (errors, privacy notices) when the platform can. */
  private?: boolean;
  /**
   * A picture that goes with this message (the score card on the summary, the before/after card on a
   * re-check), as plain data. Adapters render it with src/core/card and post it natively; if that fails,
   * the text still goes out.
   */
  card?: Card;
}

export interface ReplyDocument {
  /** The first message is the summary; the rest are one per section, in document order. */
  messages: ReplyMessage[];
}
