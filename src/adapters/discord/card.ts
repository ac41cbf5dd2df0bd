/**
 * The card on Discord: the PNG as an attachment shown as the first embed's image (`attachment://card.png`),
 * with the card's facts as the attachment's description (Discord's alt text, ≤ 1024 characters). If the
 * message with the picture is refused, the same message goes out without it: the text is never lost.
 */
import type { AttachmentPayload } from 'discord.js';
import type { Card } from '../../core/card/index.js';
import type { Logger } from '../../core/log.js';
import { cardPicture, logCardFailure, type CardPicture } from '../shared/card.js';
import { errorFacts } from './log-safe.js';
import type { DiscordMessagePayload } from './render.js';

/** Discord's limit for an attachment's description (alt text). */
export const ATTACHMENT_DESCRIPTION_CHARS = 1024;

export type PayloadWithFiles = DiscordMessagePayload & { files?: AttachmentPayload[] };

/** The payload with the picture attached and shown as its first embed's image. Pure. */
export function withCardImage(payload: DiscordMessagePayload, picture: CardPicture): PayloadWithFiles {
  const [first, ...rest] = payload.embeds;
  const image = { url: `attachment://${picture.fileName}` };
  return {
    ...payload,
    embeds: first ? [{ ...first, image }, ...rest] : [{ image }],
    files: [{ attachment: Buffer.from(picture.png), name: picture.fileName, description: picture.altText }],
  };
}

/**
 * Posts the payloads in order with `post`; the first carries the card when there is one. A refused
 * picture is logged (card-upload-failed) and that payload is posted again without it.
 */
export async function postWithCard<T>(
  payloads: readonly DiscordMessagePayload[],
  card: Card | undefined,
  log: Logger,
  post: (payload: PayloadWithFiles, index: number) => Promise<T>,
): Promise<T[]> {
  const picture = card ? await cardPicture(card, log, ATTACHMENT_DESCRIPTION_CHARS) : null;
  const sent: T[] = [];
  for (const [i, payload] of payloads.entries()) {
    if (i === 0 && picture) {
      try {
        sent.push(await post(withCardImage(payload, picture), i));
        continue;
      } catch (err) {
        logCardFailure(log, 'card-upload-failed', { platform: 'discord', err: errorFacts(err) });
      }
    }
    sent.push(await post(payload, i));
  }
  return sent;
}
