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
}

/**
 * For the one-statement append: reads the rows the events touch with their row versions (xmin),
 * folds the events into them here, and prepares one upsert per projection that writes a row only
 * if its version is still the one read (or it is still absent). The caller runs the upserts in the
 * append's own statement and counts what they wrote: fewer rows than planned means another writer
 * got there first, and the whole statement must fail (then the locking path runs).
 */
export async function guardedProjection(
  db: DataSource,
  projections: AnyProjection[],
  events: StoredEvent[],
): Promise<GuardedProjection> {
  const result: GuardedProjection = { rows: {}, writes: [] };
  for (const projection of projections) {
    const touched = events.flatMap((event) => projection.keysOf(event).map((key) => ({ event, key })));
    if (touched.length === 0) continue;
    const keys = [...new Set(touched.map((t) => t.key))];
    const { entities, raw } = await db
      .createQueryBuilder(projection.entity, 'p')
      .addSelect('p.xmin::text', 'p_row_version')
      .whereInIds(keys)
      .getRawAndEntities<{ p_id: string; p_row_version: string }>();
    const versions = Object.fromEntries(raw.map((r) => [r.p_id, r.p_row_version]));
    const rows = new Map(entities.map((row) => [row.id as string, row]));
    for (const { event, key } of touched) rows.set(key, projection.evolve(rows.get(key), event, key));
    const all = keys.map((key) => rows.get(key)!);
    const metadata = db.getMetadata(projection.entity);
    const table = db.driver.escape(metadata.tableName);
    const [sql, parameters] = db
      .createQueryBuilder()
      .insert()
      .into(projection.entity)
      .values(all)
      .orUpdate(
        metadata.columns.filter((c) => !c.isPrimary).map((c) => c.databaseName),
        ['id'],
        {
          overwriteCondition: {
            where: `${table}.xmin::text IS NOT DISTINCT FROM (CAST(:versions AS jsonb) ->> ${table}.id::text)`,
            parameters: { versions: JSON.stringify(versions) },
          },
        },
      )
      .updateEntity(false)
      .returning('1')
      .getQueryAndParameters();
    result.rows[projection.name] = all;
    result.writes.push({ sql, parameters, rows: all.length });
  }
  return result;
}
