import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { AppendRequest, AppendResult } from '@platform/workflow/contracts';
import { canonicalJson } from '@kernel';
import { eventHash, GENESIS_HASH, type HashedFields } from './hash';
import {
  guardedProjection,
  lockRowsTouchedBy,
  project,
  rowsTouchedBy,
  type AnyProjection,
  type GuardedProjection,
  type RememberedRow,
  rowKey,
} from './projector';
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

/** The request's events as they will be stored, but for their positions (not taken yet). */
const unstored = (req: AppendRequest, recordedAt: string): StoredEvent[] =>
  req.events.map((event, i) => ({
    position: 0,
    eventId: event.eventId,
    streamId: req.streamId,
    version: req.expectedVersion + i + 1,
    type: event.type,
    data: event.data,
    metadata: req.metadata,
    occurredAt: event.occurredAt,
    recordedAt,
  }));

const EVENT_COLUMNS =
  'position, event_id, stream_id, stream_version, type, data, metadata, occurred_at, recorded_at';

/** A stream's head as this process last wrote it. */
interface Head {
  version: number;
  hash: string;
}

/** An append done, and the hash its stream's head now has. */
interface Appended {
  result: AppendResult;
  head: Head;
}

/** Heads remembered per process: enough for every stream a busy worker writes to in a while. */
const REMEMBERED_HEADS = 50_000;
/** Read-model rows remembered per process (each ≈ 1 KB): a busy worker's recent streams' rows. */
const REMEMBERED_ROWS = 20_000;

class HeadMoved extends Error {}

/** append_guard's refusal: the head or a projection row changed between the read and the statement. */
const movedMeanwhile = (error: unknown): boolean => (error as { code?: string }).code === 'TDA01';

/** Below PostgreSQL's limit of 65,535 parameters a statement, with room to spare. */
const MAX_PARAMETERS = 30_000;

/**
 * The append and its projection rows as one statement: the upserts run beside the append, and
 * append_guard fails it all unless the append happened and every upsert wrote its every row.
 * The guard is the LEFT JOIN's preserved side, so it is evaluated whatever the upserts yield;
 * the answer is each row written, with its new row version.
 */
function withProjection(
  append: string,
  parameters: unknown[],
  projection: GuardedProjection,
): [string, unknown[]] {
  const all = [...parameters];
  const writes = projection.writes.map((write, i) => {
    const offset = all.length;
    all.push(...write.parameters);
    const sql = write.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
    return { name: `w${i}`, sql, rows: write.rows };
  });
  const complete = writes.map((w) => `(SELECT count(*) FROM ${w.name}) = ${w.rows}`);
  return [
    `WITH appended AS (${append}),
     ${writes.map((w) => `${w.name} AS (${w.sql})`).join(',\n     ')},
     guard AS (SELECT append_guard(EXISTS (SELECT 1 FROM appended) AND ${complete.join(' AND ')}) AS ok)
     SELECT w.projection, w.id, w.version FROM guard LEFT JOIN (${writes.map((w) => `SELECT * FROM ${w.name}`).join(' UNION ALL ')}) w ON true`,
    all,
  ];
}

/** The stored events' unique keys refused the insert: an id already used, so not the common case. */
const eventKeyTaken = (error: unknown): boolean => {
  const { code, constraint } = error as { code?: string; constraint?: string };
  return code === '23505' && !!constraint?.startsWith('events_');
};

/**
 * PostgreSQL event store. Each append is one transaction: check the expected version against
 * the stream head, insert the hash-chained events, update the inline projections, move the head.
 * Streams lock independently, so writers on different streams never wait for each other.
 *
 * The common case costs one statement (`append_events`, migration 1765584000000): when the
 * stream is new or this process wrote its head last, the events are linked to that head here and
 * the function moves the head only if it is unchanged. Anything else (another process wrote
 * since, a retried attempt, a conflict) takes the slow path, which reads and locks the head.
 */
export class EventStore {
  private readonly heads = new Map<string, Head>();
  /** Read-model rows as this process last wrote them, so its next append need not read them. */
  private readonly rows = new Map<string, RememberedRow>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly projections: AnyProjection[] = [],
    /** The chain's link function; replaceable only to measure what the chain costs (bench/). */
    private readonly hash: (fields: HashedFields) => string = eventHash,
  ) {}

  async append(request: AppendRequest): Promise<AppendResult> {
    const known = this.knownHead(request);
    const appended =
      (known !== undefined ? await this.appendOnHead(request, known) : undefined) ??
      (await this.dataSource.transaction((em) => this.appendIn(em, request)));
    this.remember(request.streamId, appended.head);
    return appended.result;
  }

  /**
   * An append's statement; a single event's as a named prepared statement. Those come in few
   * shapes (which projections, which columns left to their default), so PostgreSQL parses and
   * plans each once per connection instead of on every append; batches vary too much to name.
   */
  private async prepared<T>(text: string, values: unknown[], events: number): Promise<T[]> {
    if (events > 1) return this.dataSource.query(text, values);
    const name = `append_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    return (await pool.query({ name, text, values })).rows as T[];
  }

  private knownHead(req: AppendRequest): string | undefined {
    if (req.expectedVersion === 0) return GENESIS_HASH;
    const head = this.heads.get(req.streamId);
    return head?.version === req.expectedVersion ? head.hash : undefined;
  }

  private rememberRow(key: string, row: RememberedRow): void {
    this.rows.delete(key);
    this.rows.set(key, row);
    if (this.rows.size > REMEMBERED_ROWS) this.rows.delete(this.rows.keys().next().value!);
  }

  private remember(streamId: string, head: Head): void {
    // Re-inserted, so the Map's order is least recently written first.
    this.heads.delete(streamId);
    this.heads.set(streamId, head);
    if (this.heads.size > REMEMBERED_HEADS) this.heads.delete(this.heads.keys().next().value!);
  }

  /** The events as links of the chain after `prevHash`, stamped `recordedAt`. */
  private link(req: AppendRequest, prevHash: string, recordedAt: string) {
    return req.events.map((event, i) => {
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
  }

  /** The common case, one statement (plus the projections' when any applies); none when the head moved. */
  private async appendOnHead(req: AppendRequest, prevHash: string): Promise<Appended | undefined> {
    const recordedAt = new Date().toISOString();
    const links = this.link(req, prevHash, recordedAt);
    const statement = `SELECT ${EVENT_COLUMNS} FROM append_events($1, $2, $3, $4, $5, $6::uuid[], $7::text[], $8::jsonb[], $9::jsonb, $10::timestamptz[], $11, $12::text[], $13::text[])`;
    const parameters = [
      req.streamId,
      req.category,
      req.planId ?? null,
      req.expectedVersion,
      prevHash,
      links.map((l) => l.eventId),
      links.map((l) => l.type),
      links.map((l) => JSON.stringify(l.data)),
      JSON.stringify(req.metadata),
      links.map((l) => l.occurredAt),
      recordedAt,
      links.map((l) => l.prevHash),
      links.map((l) => l.hash),
    ];
    const head = { version: req.expectedVersion + links.length, hash: links.at(-1)!.hash };
    const asStored = unstored(req, recordedAt);
    const projected = this.projections.some((p) => asStored.some((e) => p.keysOf(e).length > 0));
    let guarded: GuardedProjection | undefined;
    try {
      if (!projected) {
        // No read model to keep in step: the statement is its own transaction.
        const inserted: EventDbRow[] = await this.prepared(statement, parameters, links.length);
        return inserted.length
          ? { result: { version: head.version, written: true, rows: {} }, head }
          : undefined;
      }
      guarded = await guardedProjection(
        this.dataSource,
        this.projections,
        asStored,
        (key) => this.rows.get(key),
        MAX_PARAMETERS - parameters.length,
      );
      if (!guarded) {
        // Too big for one statement (a plan's launch): the same check, in a transaction.
        return await this.dataSource.transaction(async (em) => {
          await lockRowsTouchedBy(em, this.projections, asStored);
          const inserted: EventDbRow[] = await em.query(statement, parameters);
          if (!inserted.length) throw new HeadMoved();
          const rows = await project(em, this.projections, inserted.map(toStoredEvent));
          return { result: { version: head.version, written: true, rows }, head };
        });
      }
      const [sql, all] = withProjection(statement, parameters, guarded);
      const versions: Array<{ projection: string; id: string; version: string }> = await this.prepared(
        sql,
        all,
        links.length,
      );
      for (const { projection, id, version } of versions.filter((v) => v.id !== null)) {
        const key = rowKey(projection, id);
        this.rememberRow(key, { row: guarded.written.get(key)!, version });
      }
      return { result: { version: head.version, written: true, rows: guarded.rows }, head };
    } catch (error) {
      // What this process remembered of these rows may be what moved.
      for (const key of guarded?.written.keys() ?? []) this.rows.delete(key);
      if (error instanceof HeadMoved || eventKeyTaken(error) || movedMeanwhile(error)) return undefined;
      throw error;
    }
  }

  private async appendIn(em: EntityManager, req: AppendRequest): Promise<Appended> {
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
          result: {
            version: head.version,
            written: false,
            rows: await rowsTouchedBy(em, this.projections, stored.map(toStoredEvent)),
          },
          head: { version: head.version, hash: head.last_hash },
        };
      throw new WrongExpectedVersionError(req.streamId, req.expectedVersion, head.version);
    }
    if (head.version !== req.expectedVersion) {
      throw new WrongExpectedVersionError(req.streamId, req.expectedVersion, head.version);
    }

    const recordedAt = new Date().toISOString();
    await lockRowsTouchedBy(em, this.projections, unstored(req, recordedAt));
    const rows = this.link(req, head.last_hash, recordedAt);
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
    const lastHash = rows.at(-1)!.hash;
    await em.query(
      `UPDATE streams SET version = $2, last_hash = $3, updated_at = now() WHERE stream_id = $1`,
      [req.streamId, version, lastHash],
    );
    return { result: { version, written: true, rows: projected }, head: { version, hash: lastHash } };
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
