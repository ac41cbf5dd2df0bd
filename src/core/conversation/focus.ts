/**
 * Which review an event is about, and which section the user pointed at: a reply to a section message
 * means that section. Otherwise the focus is null and the answers module reads "this" as the weakest
 * section of the review.
 */
import type { Report } from '../report/index.js';
import type { Context } from './context.js';
import type { StoredReview } from './store/schemas.js';

export interface ReviewInContext {
  review: StoredReview;
  report: Report;
  focusSection: number | null;
  /** How it was found. */
  via: 'message' | 'thread' | 'last';
}

interface SectionLike {
  kind: string;
}

function sectionIndexByKind(report: { sections: readonly SectionLike[] }, kind: string | null): number | null {
  if (kind === null) return null;
  const index = report.sections.findIndex((s) => s.kind === kind);
  return index < 0 ? null : index;
}

export async function findReviewForEvent(
  ctx: Context,
  options: { sameUserOnly?: boolean; allowLast?: boolean } = {},
): Promise<ReviewInContext | null> {
  const { sameUserOnly = false, allowLast = true } = options;
  const { store, analyzer } = ctx.services;
  const { platform, conversation, replyTo, threadId, user } = ctx.event;
  const usable = (review: StoredReview | null): review is StoredReview =>
    review !== null && (!sameUserOnly || review.userId === user.id);
  const withReport = (
    review: StoredReview,
    via: ReviewInContext['via'],
    explicit: number | null,
  ): ReviewInContext | null => {
    const report = analyzer.parseReport(review.report);
    if (!report) return null;
    return { review, report, via, focusSection: explicit };
  };

  if (replyTo?.fromBot) {
    const found = await store.reviewForMessage(platform, conversation.id, replyTo.messageId);
    if (found && usable(found.review)) {
      const { review, link } = found;
      const report = analyzer.parseReport(review.report);
      if (report) {
        // After a re-check the review under this key is newer than the message: map by section kind.
        const index = link.reviewId === review.id ? link.sectionIndex : sectionIndexByKind(report, link.sectionKind);
        return { review, report, via: 'message', focusSection: index };
      }
    }
  }
  if (threadId !== null) {
    const review = await ctx.threadReview();
    if (usable(review)) {
      const found = withReport(review, 'thread', null);
      if (found) return found;
    }
  }
  if (allowLast) {
    const review = await store.lastReview(platform, user.id, conversation.id);
    if (usable(review)) return withReport(review, 'last', null);
  }
  return null;
}
