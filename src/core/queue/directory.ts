/**
 * Turns a channel address back into a ReplyChannel, per platform: what lets a worker process (or this
 * process after a restart) answer a check that another process accepted. An adapter that can post
 * without its event (an API client and ids) registers an opener; without one its checks run in process.
 */
import type { ChannelAddress, ReplyChannel } from '../conversation/types.js';

export type ChannelOpener = (place: ChannelAddress['place']) => ReplyChannel | null | Promise<ReplyChannel | null>;

export interface ChannelDirectory {
  open(address: ChannelAddress): Promise<ReplyChannel | null>;
  /** The platforms this directory can open. */
  readonly platforms: readonly string[];
}

export function channelDirectory(openers: Readonly<Record<string, ChannelOpener>>): ChannelDirectory {
  return {
    platforms: Object.keys(openers),
    async open(address) {
      const opener = openers[address.platform];
      return opener ? await opener(address.place) : null;
    },
  };
}
