import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reviews, nominations, decision numbers, restrictions, rule sets; refused attempts; done dates. */
export class Rewards1764028800000 implements MigrationInterface {
  name = 'Rewards1764028800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assignments ADD COLUMN done_at timestamptz`);
    await q.query(`ALTER TABLE users ADD COLUMN council_chair boolean NOT NULL DEFAULT false`);
    await q.query(`
      CREATE TABLE initiatives (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL,
        unit_code text NOT NULL,
        title text NOT NULL,
        author text NOT NULL,
        description text NOT NULL,
        recognized_on date NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX initiatives_plan_unit_idx ON initiatives (plan_id, unit_code)`);
    await q.query(`
      CREATE TABLE reviews (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL,
        kind text NOT NULL,
        phase_code text,
        year integer,
        title text NOT NULL,
        period_from date NOT NULL,
        period_to date NOT NULL,
        status text NOT NULL,
        remarks jsonb NOT NULL,
        scores jsonb,
        opened_at timestamptz NOT NULL,
        closed_at timestamptz
      )`);
    await q.query(`CREATE INDEX reviews_plan_idx ON reviews (plan_id)`);
    await q.query(`
      CREATE TABLE nominations (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL,
        review_id uuid NOT NULL,
        unit_code text NOT NULL,
        form text NOT NULL,
        status text NOT NULL,
        status_since timestamptz NOT NULL,
        state jsonb NOT NULL,
        steps jsonb NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX nominations_status_idx ON nominations (status, status_since)`);
    await q.query(`CREATE INDEX nominations_review_idx ON nominations (review_id)`);
    await q.query(`
      CREATE TABLE decision_numbers (
        id uuid PRIMARY KEY,
        issuer text NOT NULL,
        year integer NOT NULL,
        seq integer NOT NULL,
        number text NOT NULL,
        CONSTRAINT decision_numbers_issuer_year_seq_key UNIQUE (issuer, year, seq)
      )`);
    await q.query(`
      CREATE TABLE restrictions (
        id uuid PRIMARY KEY,
        unit_code text NOT NULL,
        person_name text,
        kind text NOT NULL,
        reason text NOT NULL,
        active boolean NOT NULL,
        recorded_at timestamptz NOT NULL,
        lifted_at timestamptz
      )`);
    await q.query(`CREATE INDEX restrictions_unit_idx ON restrictions (unit_code, active)`);
    await q.query(`
      CREATE TABLE rule_sets (
        id text PRIMARY KEY,
        jurisdiction text NOT NULL,
        effective_from date NOT NULL,
        data jsonb NOT NULL,
        published_at timestamptz NOT NULL
      )`);
    // Writes refused with a 4xx leave no event: auditors still see who tried what, and why not.
    await q.query(`
      CREATE TABLE attempts (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        username text,
        role text,
        unit_code text,
        method text NOT NULL,
        route text NOT NULL,
        status integer NOT NULL,
        code text NOT NULL,
        message text NOT NULL,
        details jsonb NOT NULL,
        body_sha256 text
      )`);
    await q.query(`CREATE INDEX attempts_at_idx ON attempts (at)`);
    await q.query(`
      CREATE FUNCTION attempts_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'attempts are append-only (% refused)', TG_OP;
      END $$`);
    await q.query(`
      CREATE TRIGGER attempts_append_only BEFORE UPDATE OR DELETE ON attempts
      FOR EACH ROW EXECUTE FUNCTION attempts_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE attempts, rule_sets, restrictions, decision_numbers, nominations, reviews, initiatives`,
    );
    await q.query(`DROP FUNCTION attempts_append_only`);
    await q.query(`ALTER TABLE users DROP COLUMN council_chair`);
    await q.query(`ALTER TABLE assignments DROP COLUMN done_at`);
  }
}
