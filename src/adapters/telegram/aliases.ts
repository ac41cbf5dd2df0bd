/**
 * When a long reply is split, the engine only learns the id of the first part. A user may reply to one of the
 * parts, so later parts are remembered here (bounded, per process) and mapped back to the first.
 */
export class PartAliases {
  private readonly map = new Map<string, string>();

  constructor(private readonly capacity: number = 5_000) {}

  private key(chatId: number | string, messageId: number | string): string {
    return `${chatId}:${messageId}`;
  }

  remember(chatId: number | string, partId: number | string, firstId: number | string): void {
    const key = this.key(chatId, partId);
    this.map.delete(key);
    this.map.set(key, String(firstId));
    while (this.map.size > this.capacity) {
      const oldest = this.map.keys().next();
      if (oldest.done) break;
      this.map.delete(oldest.value);
    }
  }

  /** The id of the first part of the reply this message belongs to (the id itself when it is not a later part). */
  resolve(chatId: number | string, messageId: number | string): string {
    return this.map.get(this.key(chatId, messageId)) ?? String(messageId);
  }
}
