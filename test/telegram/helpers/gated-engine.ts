/** An engine that records events and holds the ones `held` names until released (a handler still working). */
import type { CoreEvent, Engine } from '../../../src/core/conversation/types.js';

export function gatedEngine(held: (event: CoreEvent) => boolean) {
  const seen: string[] = [];
  const releases: (() => void)[] = [];
  const engine: Engine = {
    commands: [],
    async handle(event) {
      seen.push(event.id);
      if (held(event)) await new Promise<void>((resolve) => releases.push(resolve));
    },
  };
  const release = (): void => {
    for (const r of releases.splice(0)) r();
  };
  return { engine, seen, release };
}
