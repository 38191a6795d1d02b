import type { DataSource, EntityManager } from 'typeorm';
import { toStoredEvent, type EventDbRow } from './event-store';
import { project, type AnyProjection } from './projector';

export interface TableDifference {
  table: string;
  /** Rows the rebuild produced that the live table lacks (or holds differently), and the reverse. */
  onlyRebuilt: number;
  onlyLive: number;
  samples: unknown[];
}

export interface RebuildReport {
  events: number;
  elapsedMs: number;
  eventsPerSecond: number;
  tables: Array<{ table: string; rows: number }>;
  differences: TableDifference[];
}

class Discard extends Error {}

/**
 * Recomputes every projection from the events alone into fresh tables, in one snapshot, and
 * compares them with the live ones; then throws the fresh tables away. The same `project`
 * that runs inline in each append does the folding, in batches read through a cursor.
 */
export async function rebuildProjections(
  db: DataSource,
  projections: AnyProjection[],
  options: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<RebuildReport> {
  const started = Date.now();
  let report: RebuildReport | undefined;
  const tables = projections.map((p) => db.getMetadata(p.entity).tableName);
  try {
    await db.transaction('REPEATABLE READ', async (em) => {
      const [{ total }] = await em.query(`SELECT count(*)::int AS total FROM public.events`);
      await em.query(`CREATE SCHEMA thidua_rebuild`);
      for (const table of tables)
        await em.query(`CREATE TABLE thidua_rebuild."${table}" (LIKE public."${table}" INCLUDING ALL)`);
      await em.query(`DECLARE rebuild_events NO SCROLL CURSOR FOR
        SELECT position, event_id, stream_id, stream_version, type, data, metadata, occurred_at, recorded_at
        FROM public.events ORDER BY position`);
      // Projections write unqualified table names: point them at the fresh tables.
      await em.query(`SET LOCAL search_path TO thidua_rebuild, public`);
      let done = 0;
      for (;;) {
        const rows: EventDbRow[] = await em.query(`FETCH ${options.batchSize ?? 5_000} FROM rebuild_events`);
        if (rows.length === 0) break;
        await project(em, projections, rows.map(toStoredEvent));
        done += rows.length;
        options.onProgress?.(done, total);
      }
      const elapsedMs = Date.now() - started;
      const rebuilt: RebuildReport = {
        events: done,
        elapsedMs,
        eventsPerSecond: Math.round(done / Math.max(elapsedMs / 1000, 0.001)),
        tables: [],
        differences: [],
      };
      // One connection, one query at a time.
      for (const table of tables) {
        rebuilt.tables.push({ table, rows: await count(em, `thidua_rebuild."${table}"`) });
        const difference = await compare(em, table);
        if (difference.onlyRebuilt > 0 || difference.onlyLive > 0) rebuilt.differences.push(difference);
      }
      report = rebuilt;
      throw new Discard();
    });
  } catch (error) {
    if (!(error instanceof Discard)) throw error;
  }
  return report!;
}

const count = async (em: EntityManager, table: string): Promise<number> =>
  (await em.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

async function compare(em: EntityManager, table: string): Promise<TableDifference> {
  const diff = (a: string, b: string) =>
    `SELECT * FROM ${a}."${table}" EXCEPT ALL SELECT * FROM ${b}."${table}"`;
  const onlyRebuilt = await em.query(
    `SELECT count(*)::int AS n FROM (${diff('thidua_rebuild', 'public')}) d`,
  );
  const onlyLive = await em.query(`SELECT count(*)::int AS n FROM (${diff('public', 'thidua_rebuild')}) d`);
  const samples = await em.query(`SELECT * FROM (${diff('thidua_rebuild', 'public')}) d LIMIT 3`);
  return { table, onlyRebuilt: onlyRebuilt[0].n, onlyLive: onlyLive[0].n, samples };
}
