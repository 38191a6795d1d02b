import { In, type DataSource, type EntityManager, type ObjectLiteral } from 'typeorm';
import type { ProjectedRows } from '@platform/workflow/contracts';
import type { StoredEvent } from './stored-event';

/**
 * A read model: a pure fold of events into rows keyed by `id`. The same `evolve` runs
 * inline in the append transaction and in an audit rebuild from the whole store.
 */
export interface Projection<Row extends ObjectLiteral & { id: string }> {
  name: string;
  entity: new () => Row;
  /** The rows an event touches (none when this projection ignores the event). */
  keysOf(event: StoredEvent): string[];
  /**
   * The events whose row `evolve` makes from the event alone, whatever was there: an append
   * need not read such a row first (if it did exist, the guarded upsert finds it and the
   * locking path folds it again).
   */
  creates?(event: StoredEvent): boolean;
  evolve(row: Row | undefined, event: StoredEvent, key: string): Row;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProjection = Projection<any>;

const UPSERT_CHUNK = 500;

export async function project(
  em: EntityManager,
  projections: AnyProjection[],
  events: StoredEvent[],
): Promise<ProjectedRows> {
  const result: ProjectedRows = {};
  for (const projection of projections) {
    const touched = events.flatMap((event) => projection.keysOf(event).map((key) => ({ event, key })));
    if (touched.length === 0) continue;
    const keys = [...new Set(touched.map((t) => t.key))];
    // Locked: a row that events of several streams update is changed by one append at a time.
    const current = await em.find(projection.entity, {
      where: { id: In(keys) },
      lock: { mode: 'pessimistic_write' },
    });
    const rows = new Map(current.map((row) => [row.id as string, row]));
    for (const { event, key } of touched) rows.set(key, projection.evolve(rows.get(key), event, key));
    const all = [...rows.values()];
    for (let i = 0; i < all.length; i += UPSERT_CHUNK) {
      await em.upsert(projection.entity, all.slice(i, i + UPSERT_CHUNK), ['id']);
    }
    result[projection.name] = keys.map((key) => rows.get(key)!);
  }
  return result;
}

/**
 * Locks the rows these (not yet stored) events will touch, before the events take their positions:
 * whoever writes a row that several streams share then also takes the later position, so the row
 * changes in the order the events are stored, the order a rebuild folds them in. Keys in one order,
 * so two appends locking the same rows cannot deadlock.
 */
export async function lockRowsTouchedBy(
  em: EntityManager,
  projections: AnyProjection[],
  events: StoredEvent[],
): Promise<void> {
  for (const projection of projections) {
    const keys = [...new Set(events.flatMap((event) => projection.keysOf(event)))];
    if (keys.length === 0) continue;
    const table = em.connection.getMetadata(projection.entity).tableName;
    await em.query(`SELECT 1 FROM "${table}" WHERE id = ANY($1) ORDER BY id FOR UPDATE`, [keys]);
  }
}

/** The rows these (already projected) events touched, as they stand now: the answer to a retried append. */
export async function rowsTouchedBy(
  em: EntityManager,
  projections: AnyProjection[],
  events: StoredEvent[],
): Promise<ProjectedRows> {
  const result: ProjectedRows = {};
  for (const projection of projections) {
    const keys = new Set(events.flatMap((event) => projection.keysOf(event)));
    if (keys.size > 0) result[projection.name] = await em.findBy(projection.entity, { id: In([...keys]) });
  }
  return result;
}

/** Folds events into rows in memory with the same `evolve`s: a view as of any point in history. */
export function projectInMemory(
  projections: AnyProjection[],
  events: StoredEvent[],
): Map<string, Map<string, unknown>> {
  const tables = new Map<string, Map<string, unknown>>(projections.map((p) => [p.name, new Map()]));
  for (const event of events) {
    for (const projection of projections) {
      const rows = tables.get(projection.name)!;
      for (const key of projection.keysOf(event)) rows.set(key, projection.evolve(rows.get(key), event, key));
    }
  }
  return tables;
}

/** The rows an append will write, and the statement that writes them only if nobody has changed them since they were read. */
export interface GuardedProjection {
  rows: ProjectedRows;
  writes: Array<{ sql: string; parameters: unknown[]; rows: number }>;
  /** Each written row under its cache key (projection name and row id), for `remembered`. */
  written: Map<string, ObjectLiteral>;
}

/** A row as this process last wrote it, with its row version (xmin) then. */
export interface RememberedRow {
  row: ObjectLiteral;
  version: string;
}

export const rowKey = (projection: string, id: string): string => `${projection}\u0000${id}`;

/**
 * For the one-statement append: the rows the events touch, with their row versions (xmin),
 * taken from `remembered` (what this process wrote last, when it has it) or read; the events are
 * folded into them here, and one upsert per projection writes a row only if its version is
 * still that one (or it is still absent), returning the new versions. The caller runs the
 * upserts in the append's own statement and counts what they wrote: fewer rows than planned
 * means another writer got there first, and the whole statement must fail (then the locking
 * path runs). A remembered row gone stale is therefore harmless: it fails the guard.
 * None when the rows would not fit in one statement.
 */
export async function guardedProjection(
  db: DataSource,
  projections: AnyProjection[],
  events: StoredEvent[],
  remembered: (key: string) => RememberedRow | undefined,
  maxParameters: number,
): Promise<GuardedProjection | undefined> {
  const result: GuardedProjection = { rows: {}, writes: [], written: new Map() };
  const plans = projections
    .map((projection) => {
      const touched = events.flatMap((event) => projection.keysOf(event).map((key) => ({ event, key })));
      return { projection, touched, keys: [...new Set(touched.map((t) => t.key))] };
    })
    .filter((plan) => plan.keys.length > 0);
  // A value per column per row: too many for one statement, and nothing has been read yet.
  const parameters = plans.reduce(
    (n, { projection, keys }) => n + keys.length * db.getMetadata(projection.entity).columns.length,
    0,
  );
  if (parameters > maxParameters) return undefined;
  for (const { projection, touched, keys } of plans) {
    const rows = new Map<string, ObjectLiteral>();
    const versions: Record<string, string> = {};
    // Rows whose first event here makes them anew.
    const fresh = new Set<string>();
    const seen = new Set<string>();
    for (const { event, key } of touched) {
      if (!seen.has(key) && projection.creates?.(event)) fresh.add(key);
      seen.add(key);
    }
    const wanted = keys.filter((key) => !fresh.has(key));
    for (const key of wanted) {
      const known = remembered(rowKey(projection.name, key));
      if (!known) continue;
      versions[key] = known.version;
      rows.set(key, known.row);
    }
    const missing = wanted.filter((key) => !rows.has(key));
    if (missing.length) {
      const { entities, raw } = await db
        .createQueryBuilder(projection.entity, 'p')
        .addSelect('p.xmin::text', 'p_row_version')
        .whereInIds(missing)
        .getRawAndEntities<{ p_id: string; p_row_version: string }>();
      for (const r of raw) versions[r.p_id] = r.p_row_version;
      for (const row of entities) rows.set(row.id as string, row);
    }
    for (const { event, key } of touched) rows.set(key, projection.evolve(rows.get(key), event, key));
    const all = keys.map((key) => rows.get(key)!);
    const { sql, parameters } = guardedUpsert(db, projection, all, versions);
    result.rows[projection.name] = all;
    result.writes.push({ sql, parameters, rows: all.length });
    for (const [key, row] of rows) result.written.set(rowKey(projection.name, key), row);
  }
  return result;
}

/**
 * One projection's upsert for `guardedProjection`, written from the entity's metadata (the query
 * builder cost more than the rest of an append's work in Node): each row inserted, or updated only
 * if its row version is still the one in `versions` (or it is still absent); the new versions returned.
 */
function guardedUpsert(
  db: DataSource,
  projection: AnyProjection,
  rows: ObjectLiteral[],
  versions: Record<string, string>,
): { sql: string; parameters: unknown[] } {
  if (!/^[a-z_]+$/.test(projection.name))
    throw new Error(`projection name “${projection.name}”: a-z and _ only`);
  const { columns, tableName } = db.getMetadata(projection.entity);
  const name = (identifier: string) => db.driver.escape(identifier);
  const table = name(tableName);
  const parameters: unknown[] = [];
  const values = rows.map(
    (row) =>
      `(${columns
        .map((column) => {
          // As the query builder writes a value the row leaves out: the column's default.
          const value: unknown = column.getEntityValue(row, true);
          if (value === undefined) return 'DEFAULT';
          parameters.push(db.driver.preparePersistentValue(value, column));
          return `$${parameters.length}`;
        })
        .join(', ')})`,
  );
  parameters.push(JSON.stringify(versions));
  const updates = columns
    .filter((column) => !column.isPrimary)
    .map((column) => `${name(column.databaseName)} = EXCLUDED.${name(column.databaseName)}`);
  const sql = `INSERT INTO ${table} (${columns.map((c) => name(c.databaseName)).join(', ')}) VALUES ${values.join(', ')}
     ON CONFLICT (${name('id')}) DO UPDATE SET ${updates.join(', ')}
     WHERE ${table}.xmin::text IS NOT DISTINCT FROM (CAST($${parameters.length} AS jsonb) ->> ${table}.${name('id')}::text)
     RETURNING ${name('id')}::text AS id, xmin::text AS version, '${projection.name}' AS projection`;
  return { sql, parameters };
}
