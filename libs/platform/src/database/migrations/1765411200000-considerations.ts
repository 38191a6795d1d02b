import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The yearly consideration (bình xét cuối năm), its proposals and decisions; initiatives in the records. */
export class Considerations1765411200000 implements MigrationInterface {
  name = 'Considerations1765411200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE considerations (
        id text PRIMARY KEY,
        organisation_code text NOT NULL,
        body_code text NOT NULL,
        body_name text NOT NULL,
        head_title text NOT NULL,
        year integer NOT NULL,
        status text NOT NULL,
        opened_on date NOT NULL,
        round integer NOT NULL,
        members jsonb NOT NULL,
        chair text NOT NULL,
        voting jsonb NOT NULL,
        voting_since timestamptz,
        ballots jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX considerations_organisation_idx ON considerations (organisation_code, year)`);
    await q.query(`
      CREATE TABLE consideration_proposals (
        id text PRIMARY KEY,
        consideration_id text NOT NULL,
        body_code text NOT NULL,
        year integer NOT NULL,
        subject_key text NOT NULL,
        subject jsonb NOT NULL,
        name text NOT NULL,
        unit_code text NOT NULL,
        form text NOT NULL,
        achievement text NOT NULL,
        proposed_by text NOT NULL,
        status text NOT NULL,
        reasons jsonb NOT NULL,
        facts jsonb NOT NULL,
        basis text,
        tally jsonb,
        posting_until date,
        posting_ends_at timestamptz,
        decision_id text,
        amount integer,
        objections jsonb NOT NULL DEFAULT '[]'
      )`);
    await q.query(`CREATE INDEX consideration_proposals_idx ON consideration_proposals (consideration_id)`);
    await q.query(`
      CREATE TABLE consideration_decisions (
        id text PRIMARY KEY,
        consideration_id text NOT NULL,
        body_code text NOT NULL,
        year integer NOT NULL,
        form text NOT NULL,
        number text NOT NULL,
        signed_on date NOT NULL,
        signer text NOT NULL,
        deputy boolean NOT NULL,
        issuer text NOT NULL,
        head_title text NOT NULL,
        base_salary jsonb NOT NULL,
        recipients jsonb NOT NULL,
        total bigint NOT NULL
      )`);
    await q.query(`CREATE INDEX consideration_decisions_idx ON consideration_decisions (consideration_id)`);
    await q.query(`
      CREATE TABLE record_initiatives (
        id uuid PRIMARY KEY,
        organisation_code text NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        year integer NOT NULL,
        authors jsonb NOT NULL,
        summary text NOT NULL,
        proposed_by text NOT NULL,
        status text NOT NULL,
        assessment text,
        assessed_on date,
        recognised_on date,
        recognised_by text
      )`);
    await q.query(`CREATE INDEX record_initiatives_idx ON record_initiatives (organisation_code, year)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE record_initiatives`);
    await q.query(`DROP TABLE consideration_decisions`);
    await q.query(`DROP TABLE consideration_proposals`);
    await q.query(`DROP TABLE considerations`);
  }
}
