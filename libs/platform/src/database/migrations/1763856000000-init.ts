import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1763856000000 implements MigrationInterface {
  name = 'Init1763856000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE streams (
        stream_id text PRIMARY KEY,
        category text NOT NULL,
        plan_id uuid,
        version integer NOT NULL,
        last_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX streams_plan_id_idx ON streams (plan_id)`);
    await q.query(`
      CREATE TABLE events (
        position bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        stream_id text NOT NULL,
        stream_version integer NOT NULL,
        type text NOT NULL,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version)
      )`);
    // Business facts are immutable: the application's role cannot rewrite history.
    await q.query(`
      CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'events are append-only (% refused)', TG_OP;
      END $$`);
    await q.query(`
      CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
      FOR EACH ROW EXECUTE FUNCTION events_append_only()`);
    await q.query(`
      CREATE TABLE users (
        username text PRIMARY KEY,
        password_hash text NOT NULL,
        role text NOT NULL,
        unit_code text,
        display_name text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE plans (
        id uuid PRIMARY KEY,
        number text NOT NULL,
        issuer text NOT NULL,
        title text NOT NULL,
        status text NOT NULL,
        issued_on date NOT NULL,
        launched_at timestamptz,
        definition jsonb NOT NULL,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX plans_issued_on_idx ON plans (issued_on DESC, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE plans, users, events, streams`);
    await q.query(`DROP FUNCTION events_append_only`);
  }
}
