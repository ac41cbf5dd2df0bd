/** Remembers the most recent update ids so a redelivered update (slow webhook answer, restart) is handled once. */
export class RecentIds {
  private readonly seen = new Set<number>();

  constructor(private readonly capacity: number = 10_000) {}

  /** Records the id; false when it was already seen. */
  firstTime(id: number): boolean {
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    if (this.seen.size > this.capacity) {
      const oldest = this.seen.values().next();
      if (!oldest.done) this.seen.delete(oldest.value);
    }
    return true;
  }
}
