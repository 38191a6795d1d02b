import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Records over the years: the titles each person and collective received, and their yearly ratings. */
export class Records1765324800000 implements MigrationInterface {
  name = 'Records1765324800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE record_titles (
        id text PRIMARY KEY,
        organisation_code text NOT NULL,
        subject text NOT NULL,
        year integer NOT NULL,
        form text NOT NULL,
        decision_number text NOT NULL,
        decided_on date NOT NULL,
        issuer text NOT NULL,
        source text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX record_titles_subject_idx ON record_titles (organisation_code, subject)`);
    await q.query(`
      CREATE TABLE record_ratings (
        id text PRIMARY KEY,
        organisation_code text NOT NULL,
        subject text NOT NULL,
        year integer NOT NULL,
        rating text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX record_ratings_subject_idx ON record_ratings (organisation_code, subject)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE record_ratings`);
    await q.query(`DROP TABLE record_titles`);
  }
}
