import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append's common case in one round trip: the caller already knows the stream's head (a new
 * stream's is the genesis; otherwise its own last append's), links the events to it and sends
 * them with it. The head moves only if it is still what the caller saw, and the events go in with
 * it, in one statement; otherwise nothing is written and no row comes back, and the caller takes
 * the slow path (lock the head, look for a retried attempt's events, check, insert). When the
 * events touch read models, their rows go in the same statement, each written only if unchanged
 * since the caller read it; `append_guard` fails the statement if the head or any row moved.
 */
export class AppendInOneStatement1765584000000 implements MigrationInterface {
  name = 'AppendInOneStatement1765584000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION append_events(
        p_stream text, p_category text, p_plan uuid, p_expected integer, p_expected_hash text,
        p_ids uuid[], p_types text[], p_data jsonb[], p_metadata jsonb, p_occurred timestamptz[],
        p_recorded timestamptz, p_prev_hashes text[], p_hashes text[]
      ) RETURNS SETOF events LANGUAGE plpgsql AS $$
      DECLARE
        n integer := cardinality(p_ids);
      BEGIN
        IF p_expected = 0 THEN
          INSERT INTO streams (stream_id, category, plan_id, version, last_hash)
          VALUES (p_stream, p_category, p_plan, 0, p_expected_hash)
          ON CONFLICT (stream_id) DO NOTHING;
        END IF;
        -- Waits for a concurrent writer of the stream, then sees its new head and matches nothing.
        UPDATE streams SET version = p_expected + n, last_hash = p_hashes[n], updated_at = now()
        WHERE stream_id = p_stream AND version = p_expected AND last_hash = p_expected_hash;
        IF NOT FOUND THEN
          RETURN;
        END IF;
        RETURN QUERY
          INSERT INTO events (event_id, stream_id, stream_version, type, data, metadata, occurred_at, recorded_at, prev_hash, hash)
          SELECT e.id, p_stream, p_expected + e.i::integer, e.type, e.data, p_metadata, e.occurred_at, p_recorded, e.prev_hash, e.hash
          FROM unnest(p_ids, p_types, p_data, p_occurred, p_prev_hashes, p_hashes)
            WITH ORDINALITY AS e(id, type, data, occurred_at, prev_hash, hash, i)
          RETURNING *;
      END $$`);
    // Fails the whole statement (the append and its projection rows with it) when it went stale.
    await q.query(`
      CREATE FUNCTION append_guard(ok boolean) RETURNS boolean LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT ok THEN
          RAISE EXCEPTION 'the stream head or a projection row moved since it was read' USING ERRCODE = 'TDA01';
        END IF;
        RETURN true;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION append_guard`);
    await q.query(`DROP FUNCTION append_events`);
  }
}
