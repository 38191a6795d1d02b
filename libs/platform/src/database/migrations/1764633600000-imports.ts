import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Imports of organisations, units, people and accounts: their progress, for whoever waits on them. */
export class Imports1764633600000 implements MigrationInterface {
  name = 'Imports1764633600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE imports (
      id uuid PRIMARY KEY, file_name text NOT NULL, username text NOT NULL, status text NOT NULL,
      total integer NOT NULL, done integer NOT NULL, changed integer NOT NULL, errors jsonb NOT NULL,
      started_at timestamptz NOT NULL, finished_at timestamptz)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE imports`);
  }
}
