import Cursor from 'pg-cursor';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

export interface Snapshot {
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  /**
   * Reads a query's rows in batches through a server-side cursor, so a million events pass
   * in constant memory; `onBatch` may await (a slow writer's backpressure).
   */
  each<Row>(
    sql: string,
    params: unknown[],
    onBatch: (rows: Row[]) => Promise<void> | void,
    batchSize?: number,
  ): Promise<void>;
}

/** Runs reads in one consistent, read-only snapshot of the database. */
export async function inSnapshot<T>(db: DataSource, work: (snapshot: Snapshot) => Promise<T>): Promise<T> {
  const runner = db.createQueryRunner('slave');
  await runner.connect();
  const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  const snapshot: Snapshot = {
    query: async <Row>(sql: string, params: unknown[] = []) =>
      (await client.query(sql, params)).rows as Row[],
    async each<Row>(
      sql: string,
      params: unknown[],
      onBatch: (rows: Row[]) => Promise<void> | void,
      batchSize = 5_000,
    ) {
      const cursor = client.query(new Cursor<Row>(sql, params));
      try {
        for (;;) {
          const rows = await cursor.read(batchSize);
          if (rows.length === 0) break;
          await onBatch(rows);
        }
      } finally {
        await cursor.close().catch(() => undefined);
      }
    },
  };
  try {
    return await work(snapshot);
  } finally {
    await client.query('COMMIT').catch(() => undefined);
    await runner.release();
  }
}
