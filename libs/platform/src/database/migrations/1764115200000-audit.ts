import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Checkpoints of every stream's head, chained: what per-stream chains cannot show alone. */
export class Audit1764115200000 implements MigrationInterface {
  name = 'Audit1764115200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE checkpoints (
        id bigserial PRIMARY KEY,
        created_at timestamptz NOT NULL,
        streams integer NOT NULL,
        events bigint NOT NULL,
        heads jsonb NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL
      )`);
    await q.query(`
      CREATE TRIGGER checkpoints_append_only BEFORE UPDATE OR DELETE ON checkpoints
      FOR EACH ROW EXECUTE FUNCTION events_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE checkpoints`);
  }
}
