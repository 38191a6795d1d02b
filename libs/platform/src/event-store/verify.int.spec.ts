import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { dropDatabase, migrateDatabase, openDataSource } from '@platform/database';
import { projections } from '@modules/projections';
import { databaseUrl } from '../../../../test/support/client';
import { createCheckpoint } from './checkpoints';
import { EventStore } from './event-store';
import { verifyStore, type BreakKind } from './verify';

/** A database of its own: this test breaks the store on purpose. */
const url = (() => {
  const u = new URL(databaseUrl());
  u.pathname = `/thidua_test_tamper_${process.pid}`;
  return u.toString();
})();

const actor = { userId: 'tester', username: 'tester', role: 'admin' as const };

describe('tamper evidence on the real PostgreSQL', () => {
  let db: DataSource;
  let store: EventStore;
  const streams: Record<'altered' | 'truncated' | 'deleted' | 'swapped' | 'forged' | 'untouched', string> = {
    altered: '',
    truncated: '',
    deleted: '',
    swapped: '',
    forged: '',
    untouched: '',
  };

  /** An attacker with the database owner's rights: triggers off, rows edited in place. */
  async function asAttacker(sql: string, params: unknown[] = []): Promise<void> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`SET session_replication_role = replica`);
      await client.query(sql, params);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    await dropDatabase(url);
    await migrateDatabase(url);
    db = await openDataSource(url, 4);
    store = new EventStore(db, projections);
    for (const name of Object.keys(streams) as Array<keyof typeof streams>) {
      streams[name] = `test-${name}-${randomUUID()}`;
      for (let v = 0; v < 3; v++)
        await store.append({
          streamId: streams[name],
          category: 'test',
          expectedVersion: v,
          events: [
            {
              eventId: randomUUID(),
              type: 'TestHappened',
              data: { v, text: 'Thôn Kim Xuyên' },
              occurredAt: new Date().toISOString(),
            },
          ],
          metadata: { actor, workflowId: 'wf', runId: 'run' },
        });
    }
    await createCheckpoint(db);
  });

  afterAll(async () => {
    await db?.destroy();
    await dropDatabase(url);
  });

  it('verifies an untouched store clean', async () => {
    const report = await verifyStore(db);
    expect(report).toMatchObject({ ok: true, events: 18, streams: 6, checkpoints: 1, breaks: [] });
  });

  it('finds an altered row, a cut tail, a deleted stream, swapped rows and a forged row', async () => {
    await asAttacker(
      `UPDATE events SET data = jsonb_set(data, '{text}', '"Thôn khác"') WHERE stream_id = $1 AND stream_version = 2`,
      [streams.altered],
    );
    await asAttacker(`DELETE FROM events WHERE stream_id = $1 AND stream_version = 3`, [streams.truncated]);
    await asAttacker(`DELETE FROM events WHERE stream_id = $1`, [streams.deleted]);
    await asAttacker(`DELETE FROM streams WHERE stream_id = $1`, [streams.deleted]);
    // Swap the contents of versions 1 and 2: the same rows, in another order.
    await asAttacker(
      `UPDATE events e SET type = o.type, data = o.data, metadata = o.metadata,
         occurred_at = o.occurred_at, recorded_at = o.recorded_at, prev_hash = o.prev_hash, hash = o.hash
       FROM events o
       WHERE e.stream_id = $1 AND o.stream_id = $1 AND e.stream_version IN (1, 2) AND o.stream_version = 3 - e.stream_version`,
      [streams.swapped],
    );
    await asAttacker(
      `INSERT INTO events (event_id, stream_id, stream_version, type, data, metadata, occurred_at, recorded_at, prev_hash, hash)
       SELECT $2, stream_id, 4, 'TestHappened', '{"v": 3}', metadata, now(), now(), hash, repeat('0', 64)
       FROM events WHERE stream_id = $1 AND stream_version = 3`,
      [streams.forged, randomUUID()],
    );

    const report = await verifyStore(db);
    expect(report.ok).toBe(false);
    const kinds = (stream: string) =>
      new Set(report.breaks.filter((b) => b.streamId === stream).map((b) => b.kind));
    const expectKinds = (stream: string, expected: BreakKind[]) =>
      expect([...kinds(stream)].sort()).toEqual(expected.sort());
    expectKinds(streams.altered, ['altered']);
    expectKinds(streams.truncated, ['head_mismatch', 'checkpoint_mismatch']);
    expectKinds(streams.deleted, ['missing_stream']);
    expectKinds(streams.swapped, ['broken_link', 'altered']);
    expectKinds(streams.forged, ['altered', 'head_mismatch']);
    expect(kinds(streams.untouched).size).toBe(0);

    const altered = report.breaks.find((b) => b.streamId === streams.altered)!;
    expect(altered).toMatchObject({ kind: 'altered', version: 2, position: expect.any(Number) });
    const [{ position }] = await db.query(
      `SELECT position FROM events WHERE stream_id = $1 AND stream_version = 2`,
      [streams.altered],
    );
    expect(altered.position).toBe(Number(position));
  });
});
