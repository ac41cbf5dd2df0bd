/** The bot's and the worker's stop signal: resolves on the first SIGINT/SIGTERM; a second one exits at once. */
export function onShutdownSignal(): { signal: Promise<string>; dispose(): void } {
  let resolve!: (signal: string) => void;
  const signal = new Promise<string>((r) => {
    resolve = r;
  });
  let count = 0;
  const handler = (name: NodeJS.Signals) => {
    count += 1;
    if (count > 1) process.exit(130);
    resolve(name);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signal,
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
