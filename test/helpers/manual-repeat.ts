/** A repeating timer the test fires by hand: `tick` runs every callback still registered and waits for them. */
export function manualRepeat() {
  const running = new Set<() => Promise<unknown>>();
  return {
    repeat: (fn: () => Promise<unknown>) => {
      running.add(fn);
      return () => running.delete(fn);
    },
    tick: async () => {
      await Promise.all([...running].map((fn) => fn()));
    },
    get size() {
      return running.size;
    },
  };
}
