/**
 * A tiny grammY-style composer: middleware runs in order and calls `next()` to pass the context on;
 * commands and message kinds are filters on that one pipeline.
 */
import type { Context } from './context.js';

export type Next = () => Promise<void>;
export type Middleware = (ctx: Context, next: Next) => Promise<void>;
export type Handler = (ctx: Context) => Promise<void>;

export class Composer {
  private readonly stack: Middleware[] = [];

  use(middleware: Middleware): this {
    this.stack.push(middleware);
    return this;
  }

  /** Runs `handler` when `predicate` holds; otherwise passes the context on. */
  filter(predicate: (ctx: Context) => boolean | Promise<boolean>, handler: Handler): this {
    return this.use(async (ctx, next) => {
      if (await predicate(ctx)) await handler(ctx);
      else await next();
    });
  }

  async run(ctx: Context): Promise<void> {
    const dispatch = async (i: number): Promise<void> => {
      const middleware = this.stack[i];
      if (middleware) await middleware(ctx, () => dispatch(i + 1));
    };
    await dispatch(0);
  }
}
