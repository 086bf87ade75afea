/**
 * How many write transactions of one PostgreSQL store run at once.
 *
 * A write resolves its actors in a short transaction of its own, on a second connection of the
 * store's pool (WriteTx.apart), while it holds its first. With as many writes at once as the pool
 * has connections, every connection would be held by a write waiting for a second one, and none
 * would ever be given back: so at most half the pool writes at once, and each write can always
 * get its second connection (reads take one only for a moment, so they delay it, never block it).
 */

/** Connections in a PostgreSQL store's pool. */
export const PG_POOL_SIZE = 4;

/** Write transactions of one PostgreSQL store at once. */
export const PG_WRITERS = PG_POOL_SIZE / 2;

/** A counting gate: `run` waits while `size` calls are under way, in the order they came. */
export class WriteGate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await fn();
    } finally {
      // The slot goes straight to the next in line, so a newcomer cannot take it in between.
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
