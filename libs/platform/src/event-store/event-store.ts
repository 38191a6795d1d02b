import type { DataSource, EntityManager } from 'typeorm';
import type { AppendRequest, AppendResult } from '@platform/workflow/contracts';
import { canonicalJson } from '@kernel';
import { eventHash, GENESIS_HASH, type HashedFields } from './hash';
import { project, rowsTouchedBy, type AnyProjection } from './projector';
import type { EventDbRow, StoredEvent } from './stored-event';

export type { EventDbRow } from './stored-event';

export class WrongExpectedVersionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`Stream ${streamId} is at version ${actual}, expected ${expected}`);
    this.name = 'WrongExpectedVersionError';
  }
}

export const toStoredEvent = (row: EventDbRow): StoredEvent => ({
  position: Number(row.position),
  eventId: row.event_id,
  streamId: row.stream_id,
  version: row.stream_version,
  type: row.type,
  data: row.data,
  metadata: row.metadata,
  occurredAt: row.occurred_at.toISOString(),
  recordedAt: row.recorded_at.toISOString(),
});

const EVENT_COLUMNS =
  'position, event_id, stream_id, stream_version, type, data, metadata, occurred_at, recorded_at';

/**
 * PostgreSQL event store. Each append is one transaction: lock the stream head,
 * check the expected version, insert the hash-chained events, update the inline
 * projections, move the head. Streams lock independently, so writers on different
 * streams never wait for each other.
 */
export class EventStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly projections: AnyProjection[] = [],
    /** The chain's link function; replaceable only to measure what the chain costs (bench/). */
    private readonly hash: (fields: HashedFields) => string = eventHash,
  ) {}

  async append(request: AppendRequest): Promise<AppendResult> {
    return this.dataSource.transaction((em) => this.appendIn(em, request));
  }

  private async appendIn(em: EntityManager, req: AppendRequest): Promise<AppendResult> {
    await em.query(
      `INSERT INTO streams (stream_id, category, plan_id, version, last_hash) VALUES ($1, $2, $3, 0, $4)
       ON CONFLICT (stream_id) DO NOTHING`,
      [req.streamId, req.category, req.planId ?? null, GENESIS_HASH],
    );
    const [head] = await em.query(`SELECT version, last_hash FROM streams WHERE stream_id = $1 FOR UPDATE`, [
      req.streamId,
    ]);
    // A retried attempt whose first try committed finds its events stored: success, nothing new.
    // Only the very same events count as a retry: an id that comes back with other content (a
    // workflow that lost its last task and decided anew) means the stream has moved on.
    const ids = req.events.map((e) => e.eventId);
    const stored: EventDbRow[] = await em.query(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE event_id = ANY($1::uuid[]) ORDER BY position`,
      [ids],
    );
    if (stored.length > 0) {
      const byId = new Map(stored.map((row) => [row.event_id, row]));
      const same = req.events.every((e) => {
        const row = byId.get(e.eventId);
        return (
          row &&
          row.stream_id === req.streamId &&
          row.type === e.type &&
          canonicalJson(row.data) === canonicalJson(e.data)
        );
      });
      if (same)
        return {
          version: head.version,
          written: false,
          rows: await rowsTouchedBy(em, this.projections, stored.map(toStoredEvent)),
        };
      throw new WrongExpectedVersionError(req.streamId, req.expectedVersion, head.version);
    }
    if (head.version !== req.expectedVersion) {
      throw new WrongExpectedVersionError(req.streamId, req.expectedVersion, head.version);
    }

    const recordedAt = new Date().toISOString();
    let prevHash: string = head.last_hash;
    const rows = req.events.map((event, i) => {
      const version = req.expectedVersion + i + 1;
      const hash = this.hash({
        streamId: req.streamId,
        version,
        eventId: event.eventId,
        type: event.type,
        data: event.data,
        metadata: req.metadata,
        occurredAt: event.occurredAt,
        recordedAt,
        prevHash,
      });
      const row = { ...event, version, prevHash, hash };
      prevHash = hash;
      return row;
    });
    const inserted: EventDbRow[] = await em.query(
      `INSERT INTO events (event_id, stream_id, stream_version, type, data, metadata, occurred_at, recorded_at, prev_hash, hash)
       SELECT e.id, $2, e.version, e.type, e.data, $3::jsonb, e.occurred_at, $4, e.prev_hash, e.hash
       FROM unnest($1::uuid[], $5::int[], $6::text[], $7::jsonb[], $8::timestamptz[], $9::text[], $10::text[])
         AS e(id, version, type, data, occurred_at, prev_hash, hash)
       RETURNING ${EVENT_COLUMNS}`,
      [
        ids,
        req.streamId,
        JSON.stringify(req.metadata),
        recordedAt,
        rows.map((r) => r.version),
        rows.map((r) => r.type),
        rows.map((r) => JSON.stringify(r.data)),
        rows.map((r) => r.occurredAt),
        rows.map((r) => r.prevHash),
        rows.map((r) => r.hash),
      ],
    );
    const projected = await project(em, this.projections, inserted.map(toStoredEvent));
    const version = req.expectedVersion + rows.length;
    await em.query(
      `UPDATE streams SET version = $2, last_hash = $3, updated_at = now() WHERE stream_id = $1`,
      [req.streamId, version, prevHash],
    );
    return { version, written: true, rows: projected };
  }

  async readStream(streamId: string): Promise<StoredEvent[]> {
    const rows: EventDbRow[] = await this.dataSource.query(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 ORDER BY stream_version`,
      [streamId],
    );
    return rows.map(toStoredEvent);
  }

  async count(): Promise<number> {
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM events`);
    return count;
  }
}
