/**
 * The picture that goes with a reply message (the score card, the before/after card), rendered once and
 * ready to post: PNG bytes, a file name, alt text and a caption carrying the same facts. Platform-neutral:
 * each adapter posts it natively and, if posting fails, still sends the text (`logCardFailure`).
 */
import { cardAltText, cardCaption, renderCard, type Card } from '../../core/card/index.js';
import type { Logger } from '../../core/log.js';

export const CARD_FILE_NAME = 'card.png';

export interface CardPicture {
  png: Uint8Array;
  fileName: typeof CARD_FILE_NAME;
  /** The card's facts in words, within the platform's alt-text limit. */
  altText: string;
  /** One line: the headline numbers. */
  caption: string;
}

/** Stable codes for the logs (a failed picture never stops the text review). */
export type CardFailureCode = 'card-render-failed' | 'card-upload-failed';

/** Logs a failed picture with its code and the log-safe facts of the error (never a URL, payload or token). */
export function logCardFailure(log: Logger, code: CardFailureCode, facts: Record<string, unknown>): void {
  log.warn({ ...facts, code }, 'card: picture not posted; the text review goes out without it');
}

/** Renders the card; null (logged) when rendering fails. */
export async function cardPicture(card: Card, log: Logger, altTextMax = 1000): Promise<CardPicture | null> {
  try {
    const png = await renderCard(card);
    return { png, fileName: CARD_FILE_NAME, altText: cardAltText(card, altTextMax), caption: cardCaption(card) };
  } catch (err) {
    logCardFailure(log, 'card-render-failed', { errName: err instanceof Error ? err.name : typeof err });
    return null;
  }
}
