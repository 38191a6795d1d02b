import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What API processes must share once there are several behind one port: login attempts (else
 * each process would allow the limit again) and whether an import is still alive (else a process
 * starting would take another's running import for one cut off by a restart).
 */
export class SeveralApiProcesses1765497600000 implements MigrationInterface {
  name = 'SeveralApiProcesses1765497600000';

  async up(q: QueryRunner): Promise<void> {
    // Unlogged: counting attempts must be cheap, and losing the counts in a crash only forgives them.
    await q.query(`CREATE UNLOGGED TABLE login_attempts (
      key text NOT NULL, throttler text NOT NULL, hits integer NOT NULL,
      window_ends timestamptz NOT NULL, blocked_until timestamptz,
      PRIMARY KEY (key, throttler))`);
    await q.query(`ALTER TABLE imports ADD COLUMN updated_at timestamptz`);
    await q.query(`UPDATE imports SET updated_at = coalesce(finished_at, started_at)`);
    await q.query(`ALTER TABLE imports ALTER COLUMN updated_at SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE imports DROP COLUMN updated_at`);
    await q.query(`DROP TABLE login_attempts`);
  }
}
