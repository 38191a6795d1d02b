import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AppendRequest, NewEvent } from '@platform/workflow/contracts';
import { openDataSource } from '@platform/database';
import { projections } from '@modules/projections';
import { databaseUrl } from '../../../../test/support/client';
import { smallPlan } from '../../../../test/support/fixtures';
import { EventStore, WrongExpectedVersionError } from './event-store';
import { GENESIS_HASH, rowHash } from './hash';

const actor = { userId: 'tester', username: 'tester', role: 'admin' as const };

const newEvent = (type = 'TestHappened', data: unknown = { n: 1, text: 'Thôn Kim Lương' }): NewEvent => ({
  eventId: randomUUID(),
  type,
  data,
  occurredAt: new Date().toISOString(),
});

const request = (streamId: string, expectedVersion: number, events: NewEvent[]): AppendRequest => ({
  streamId,
  category: 'test',
  expectedVersion,
  events,
  metadata: { actor, workflowId: 'wf', runId: 'run' },
});

describe('EventStore on PostgreSQL', () => {
  let db: DataSource;
  let store: EventStore;

  beforeAll(async () => {
    db = await openDataSource(databaseUrl(), 8);
    store = new EventStore(db, projections);
  });
  afterAll(() => db.destroy());

  it('appends with expected versions and refuses a stale writer', async () => {
    const stream = `test-${randomUUID()}`;
    expect(await store.append(request(stream, 0, [newEvent(), newEvent()]))).toMatchObject({
      version: 2,
      written: true,
    });
    await expect(store.append(request(stream, 1, [newEvent()]))).rejects.toBeInstanceOf(
      WrongExpectedVersionError,
    );
    expect(await store.append(request(stream, 2, [newEvent()]))).toMatchObject({ version: 3, written: true });
    expect((await store.readStream(stream)).map((e) => e.version)).toEqual([1, 2, 3]);
  });

  it('answers with the projection rows its events left, and the same rows to a retry', async () => {
    const code = `T${randomUUID().slice(0, 8).toUpperCase()}`;
    const unit = { code, name: 'Thôn Kiểm Thử', kind: 'thon' };
    const batch = request(`test-${randomUUID()}`, 0, [newEvent('UnitRegistered', unit)]);
    const first = await store.append(batch);
    expect(first.rows.units).toEqual([
      expect.objectContaining({ id: code, name: 'Thôn Kiểm Thử', kind: 'thon' }),
    ]);
    expect(Object.keys(first.rows)).toEqual(['units']);
    const retried = await store.append(batch);
    expect(retried).toMatchObject({
      written: false,
      rows: { units: [expect.objectContaining({ id: code })] },
    });
  });

  it('treats a retried append whose first attempt committed as done, without writing twice', async () => {
    const stream = `test-${randomUUID()}`;
    const batch = request(stream, 0, [newEvent(), newEvent()]);
    await store.append(batch);
    expect(await store.append(batch)).toMatchObject({ version: 2, written: false });
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it('refuses an event id that comes back with other content: the stream has moved on', async () => {
    const stream = `test-${randomUUID()}`;
    const first = newEvent('TestHappened', { n: 1 });
    await store.append(request(stream, 0, [first]));
    // A writer that lost track decides anew and happens to reuse the id for something else.
    const clash = { ...first, data: { n: 2 } };
    await expect(store.append(request(stream, 0, [clash]))).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await expect(store.append(request(stream, 1, [newEvent(), { ...first }]))).rejects.toBeInstanceOf(
      WrongExpectedVersionError,
    );
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('chains each event to its predecessor with a hash that a reader can recompute', async () => {
    const stream = `test-${randomUUID()}`;
    await store.append(request(stream, 0, [newEvent(), newEvent()]));
    await store.append(
      request(stream, 2, [newEvent('Other', { list: [1, 'hai'], nested: { b: true, a: null } })]),
    );
    const rows = await db.query(
      `SELECT stream_id, stream_version, event_id, type, data, metadata, occurred_at, recorded_at, prev_hash, hash
       FROM events WHERE stream_id = $1 ORDER BY stream_version`,
      [stream],
    );
    let previous = GENESIS_HASH;
    for (const row of rows) {
      expect(row.prev_hash).toBe(previous);
      const recomputed = rowHash(row);
      expect(row.hash).toBe(recomputed);
      previous = row.hash;
    }
    const [head] = await db.query('SELECT version, last_hash FROM streams WHERE stream_id = $1', [stream]);
    expect(head).toEqual({ version: 3, last_hash: previous });
  });

  it('refuses to rewrite or delete stored events', async () => {
    const stream = `test-${randomUUID()}`;
    await store.append(request(stream, 0, [newEvent()]));
    await expect(db.query(`UPDATE events SET data = '{}' WHERE stream_id = $1`, [stream])).rejects.toThrow(
      /append-only/,
    );
    await expect(db.query(`DELETE FROM events WHERE stream_id = $1`, [stream])).rejects.toThrow(
      /append-only/,
    );
  });

  it('updates the inline projection in the same transaction, and rolls both back together', async () => {
    const planId = randomUUID();
    const stream = `plan-${planId}`;
    // A whole plan, as the plan's decider drafts it: the test stack's readers see this row too.
    const drafted = newEvent('PlanDrafted', { planId, definition: smallPlan() });
    await store.append(request(stream, 0, [drafted]));
    expect(await db.query('SELECT status, version FROM plans WHERE id = $1', [planId])).toEqual([
      { status: 'draft', version: 1 },
    ]);
    // A projection failure (a launch event without a valid date) aborts the whole append.
    const broken = newEvent('PlanLaunched', { planId, launchedAt: 'not a date' });
    await expect(store.append(request(stream, 1, [broken]))).rejects.toThrow();
    expect(await store.readStream(stream)).toHaveLength(1);
    expect(await db.query('SELECT status FROM plans WHERE id = $1', [planId])).toEqual([{ status: 'draft' }]);
  });

  it('gives a writer whose remembered head is stale the same refusal as any stale writer', async () => {
    // Two processes: each remembers the heads it wrote, neither sees the other's.
    const [mine, theirs] = [new EventStore(db, projections), new EventStore(db, projections)];
    const stream = `test-${randomUUID()}`;
    await mine.append(request(stream, 0, [newEvent()]));
    await theirs.append(request(stream, 1, [newEvent()]));
    await expect(mine.append(request(stream, 1, [newEvent()]))).rejects.toBeInstanceOf(
      WrongExpectedVersionError,
    );
    expect(await mine.append(request(stream, 2, [newEvent()]))).toMatchObject({ version: 3, written: true });
    const rows = await db.query(
      `SELECT prev_hash, hash FROM events WHERE stream_id = $1 ORDER BY stream_version`,
      [stream],
    );
    expect(rows.map((r: { prev_hash: string }) => r.prev_hash)).toEqual([
      GENESIS_HASH,
      rows[0].hash,
      rows[1].hash,
    ]);
  });

  it('lets exactly one of two processes racing to start the same stream win', async () => {
    for (let round = 0; round < 10; round++) {
      const stream = `test-${randomUUID()}`;
      const outcomes = await Promise.allSettled(
        [new EventStore(db, projections), new EventStore(db, projections)].map((s) =>
          s.append(request(stream, 0, [newEvent()])),
        ),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const [refused] = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(refused.reason).toBeInstanceOf(WrongExpectedVersionError);
      expect(await store.readStream(stream)).toHaveLength(1);
    }
  });

  it('loses no change to a read-model row that writers of several streams update at once, and changes it in stored order', async () => {
    // Rounds, because which writer waits for which is up to the scheduler.
    for (let round = 0; round < 5; round++) {
      const code = `T${randomUUID().slice(0, 8).toUpperCase()}`;
      await store.append(
        request(`test-${randomUUID()}`, 0, [
          newEvent('UnitRegistered', { code, name: 'Thôn Gốc', kind: 'thon' }),
        ]),
      );
      // Each writer a process of its own, on a new stream: all take the one-statement path, all read
      // the row as it was, and all but the first must find it moved and take the locking path.
      const writers = Array.from({ length: 8 }, () => new EventStore(db, projections));
      await Promise.all(
        writers.map((writer, i) =>
          writer.append(
            request(`test-${randomUUID()}`, 0, [
              newEvent('UnitRenamed', {
                code,
                name: `Tên ${i}`,
                formerName: `Tên cũ ${i}`,
                on: '2026-01-01',
              }),
            ]),
          ),
        ),
      );
      const [row] = await db.query(`SELECT former_names FROM units WHERE id = $1`, [code]);
      const names = row.former_names.map((f: { name: string }) => f.name);
      expect([...names].sort()).toEqual(writers.map((_, i) => `Tên cũ ${i}`).sort());
      // In the order the events were stored: the order an audit's rebuild folds them in.
      const stored = await db.query(
        `SELECT data->>'formerName' AS name FROM events WHERE type = 'UnitRenamed' AND data->>'code' = $1 ORDER BY position`,
        [code],
      );
      expect(names).toEqual(stored.map((e: { name: string }) => e.name));
    }
  });

  it('does not trust a read-model row it remembers once another process has changed it', async () => {
    const code = `T${randomUUID().slice(0, 8).toUpperCase()}`;
    const [mine, theirs] = [new EventStore(db, projections), new EventStore(db, projections)];
    const stream = `test-${randomUUID()}`;
    const renamed = (i: number) =>
      newEvent('UnitRenamed', { code, name: `Tên ${i}`, formerName: `Tên cũ ${i}`, on: '2026-01-01' });
    await mine.append(
      request(stream, 0, [newEvent('UnitRegistered', { code, name: 'Thôn Gốc', kind: 'thon' })]),
    );
    await mine.append(request(stream, 1, [renamed(1)]));
    await theirs.append(request(`test-${randomUUID()}`, 0, [renamed(2)]));
    // Mine remembers the row as it wrote it, before theirs: its guard must catch that.
    const result = await mine.append(request(stream, 2, [renamed(3)]));
    const [row] = await db.query(`SELECT name, former_names FROM units WHERE id = $1`, [code]);
    expect(row.former_names.map((f: { name: string }) => f.name)).toEqual([
      'Tên cũ 1',
      'Tên cũ 2',
      'Tên cũ 3',
    ]);
    expect(result.rows.units).toEqual([expect.objectContaining({ id: code, name: 'Tên 3' })]);
  });

  it('writes a row that an event makes anew without reading it, and still folds a row that was there', async () => {
    const planId = randomUUID();
    const assigned = (title: string) =>
      newEvent('TaskAssigned', {
        planId,
        unitCode: 'DV001',
        task: {
          taskId: randomUUID(),
          code: 'T1',
          title,
          groupCode: 'I',
          groupTitle: 'Nhóm I',
          seq: 1,
          leadUnit: 'DV001',
          coordinatingUnits: [],
          role: 'lead',
        },
      });
    const progress = newEvent('TaskProgressRecorded', {
      planId,
      unitCode: 'DV001',
      taskId: randomUUID(),
      taskCode: 'T1',
      status: 'in_progress',
      result: 'Đã họp thôn',
    });
    await store.append(request(`test-${randomUUID()}`, 0, [assigned('Nhiệm vụ cũ'), progress]));
    // Another process, remembering nothing, assigns the task again: it assumes no row, and its
    // guard must find the one there and fold it on the locking path.
    const result = await new EventStore(db, projections).append(
      request(`test-${randomUUID()}`, 0, [assigned('Nhiệm vụ mới')]),
    );
    const rows = await db.query(`SELECT title, status FROM assignments WHERE plan_id = $1`, [planId]);
    expect(rows).toEqual([{ title: 'Nhiệm vụ mới', status: 'not_started' }]);
    expect(result.rows.assignments).toEqual([expect.objectContaining({ title: 'Nhiệm vụ mới' })]);
  });

  it('lets writers on different streams proceed concurrently, each stream staying gap-free', async () => {
    const streams = Array.from({ length: 8 }, () => `test-${randomUUID()}`);
    await Promise.all(
      streams.map(async (stream) => {
        for (let v = 0; v < 5; v++) await store.append(request(stream, v, [newEvent()]));
      }),
    );
    for (const stream of streams) {
      expect((await store.readStream(stream)).map((e) => e.version)).toEqual([1, 2, 3, 4, 5]);
    }
  });
});
