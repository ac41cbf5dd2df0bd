/**
 * Remembers recently seen ids (interactions, messages) so a redelivered gateway event is handled once.
 * Bounded: the oldest ids are forgotten first.
 */
export class RecentIds {
  private readonly seen = new Set<string>();

  constructor(private readonly capacity: number = 5_000) {}

  /** True the first time an id is seen; false for every repeat. */
  first(id: string): boolean {
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    if (this.seen.size > this.capacity) {
      const oldest = this.seen.values().next();
      if (!oldest.done) this.seen.delete(oldest.value);
    }
    return true;
  }
}
