import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Responses to requests sent with an Idempotency-Key, replayed when the client retries. */
export class Idempotency1764201600000 implements MigrationInterface {
  name = 'Idempotency1764201600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_keys (
        key text PRIMARY KEY,
        method text NOT NULL,
        route text NOT NULL,
        body_sha256 text NOT NULL,
        status integer NOT NULL,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
  }
}
