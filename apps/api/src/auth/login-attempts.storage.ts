import type { ThrottlerStorage } from '@nestjs/throttler';
import type { DataSource } from 'typeorm';

/** One sweep of forgotten counters per this many attempts keeps the table small without a timer. */
const SWEEP_EVERY = 500;

/**
 * Login attempts counted in PostgreSQL, so that every API process behind the port sees the same
 * count: with counters in memory, M processes would let an attacker guess M times the limit.
 * A fixed window per key: the first attempt opens it, attempts over the limit block the key for
 * `blockDuration`, and the key starts afresh once both the window and the block are over.
 */
export class LoginAttemptsStorage implements ThrottlerStorage {
  private attempts = 0;

  constructor(private readonly db: DataSource) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttler: string,
  ): ReturnType<ThrottlerStorage['increment']> {
    if (++this.attempts % SWEEP_EVERY === 0)
      await this.db.query(
        `DELETE FROM login_attempts WHERE greatest(window_ends, blocked_until) < now() - interval '1 hour'`,
      );
    const [row]: Array<{ hits: number; expires_ms: number; blocked_ms: number | null }> = await this.db.query(
      `INSERT INTO login_attempts AS a (key, throttler, hits, window_ends)
       VALUES ($1, $2, 1, now() + make_interval(secs => $3 / 1000.0))
       ON CONFLICT (key, throttler) DO UPDATE SET
         hits = CASE WHEN greatest(a.window_ends, a.blocked_until) <= now() THEN 1 ELSE a.hits + 1 END,
         window_ends = CASE WHEN greatest(a.window_ends, a.blocked_until) <= now() THEN excluded.window_ends ELSE a.window_ends END,
         blocked_until = CASE
           WHEN greatest(a.window_ends, a.blocked_until) <= now() THEN NULL
           WHEN a.hits + 1 > $4 AND a.blocked_until IS NULL THEN now() + make_interval(secs => $5 / 1000.0)
           ELSE a.blocked_until END
       RETURNING hits,
         extract(epoch FROM window_ends - now()) * 1000 AS expires_ms,
         extract(epoch FROM blocked_until - now()) * 1000 AS blocked_ms`,
      [key, throttler, ttl, limit, blockDuration],
    );
    const blockedMs = row.blocked_ms === null ? 0 : Number(row.blocked_ms);
    return {
      totalHits: row.hits,
      timeToExpire: Math.max(0, Math.ceil(Number(row.expires_ms) / 1000)),
      isBlocked: blockedMs > 0,
      timeToBlockExpire: Math.max(0, Math.ceil(blockedMs / 1000)),
    };
  }
}
