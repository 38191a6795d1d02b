import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@platform/workflow/contracts';
import { dropDatabase } from '@platform/database';
import { EventStore } from '@platform/event-store';
import { projections } from '@modules/projections';
import { fmt, ratio, spread, writeSection, type Spread, run } from './stats';
import { freshDb, streamEvents } from './workload';

/**
 * Benchmark 1 (issue 7, made like-for-like in issue 17): event append, events/s. Our store with
 * the hash chain and inline projections, without projections, and without the chain (its price);
 * the limit: a raw INSERT of the same rows into a copy of the events table with all its indexes
 * and constraints, no chain, no head; the peer: Emmett's PostgreSQL event store appending the
 * same events (no projections on its side, so it compares with our "no projections" column),
 * its schema created before the first timed run. Single events and batches of 100, 1 and 8
 * concurrent writers. `npm run bench -- append [events]`.
 */
const EVENTS = Number(process.argv[2] ?? 6_000);
const RUNS = 3;
const actor = { userId: 'bench', username: 'bench', role: 'admin' as const };

type Appender = (streamId: string, expectedVersion: number, batch: NewEvent[]) => Promise<void>;

/** `writers` concurrent writers, each on its own streams of 200 events, appending `batch` at a time. */
async function measure(append: Appender, writers: number, batch: number): Promise<number> {
  const planId = randomUUID();
  const perWriter = Math.ceil(EVENTS / writers);
  const started = Date.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      let stream = 0;
      for (let written = 0; written < perWriter; stream++) {
        const streamId = `assignment-${planId}-W${w}S${stream}`;
        for (let v = 0; v < 200 && written < perWriter; v += batch) {
          const size = Math.min(batch, 200 - v, perWriter - written);
          await append(streamId, v, streamEvents(planId, `W${w}S${stream}`, v, size));
          written += size;
        }
      }
    }),
  );
  return (perWriter * writers) / ((Date.now() - started) / 1000);
}

const viaStore =
  (store: EventStore): Appender =>
  async (streamId, expectedVersion, events) =>
    void (await store.append({
      streamId,
      category: 'assignment',
      expectedVersion,
      events,
      metadata: { actor, workflowId: 'bench', runId: 'bench' },
    }));

async function main(): Promise<void> {
  const { db, url } = await freshDb('thidua_test_bench_append', 10);
  // The same indexes and constraints as the events table: the limit pays what our insert pays.
  await db.query(`CREATE TABLE raw_events (LIKE events INCLUDING ALL)`);
  const raw: Appender = async (streamId, expectedVersion, batch) => {
    await db.query(
      `INSERT INTO raw_events (event_id, stream_id, stream_version, type, data, metadata, occurred_at, recorded_at, prev_hash, hash)
       SELECT e.id, $2, e.version, e.type, e.data, $3::jsonb, e.occurred_at, now(), '', ''
       FROM unnest($1::uuid[], $4::int[], $5::text[], $6::jsonb[], $7::timestamptz[]) AS e(id, version, type, data, occurred_at)`,
      [
        batch.map((e) => e.eventId),
        streamId,
        JSON.stringify({ actor }),
        batch.map((_, i) => expectedVersion + i + 1),
        batch.map((e) => e.type),
        batch.map((e) => JSON.stringify(e.data)),
        batch.map((e) => e.occurredAt),
      ],
    );
  };
  const emmettDb = await freshDb('thidua_test_bench_emmett', 10);
  await emmettDb.db.destroy();
  const emmett = getPostgreSQLEventStore(emmettDb.url);
  // Emmett creates its tables on its first append: done here, outside every timed run.
  await emmett.appendToStream(`warm-up-${randomUUID()}`, [{ type: 'WarmedUp', data: {} }]);
  const variants: Array<[string, Appender]> = [
    ['ThiDua store (chain + projections)', viaStore(new EventStore(db, projections))],
    ['ThiDua store (projections, no chain)', viaStore(new EventStore(db, projections, () => ''))],
    ['ThiDua store (chain, no projections)', viaStore(new EventStore(db, []))],
    ['raw INSERT into the indexed copy (limit)', raw],
    [
      'Emmett PostgreSQL event store (peer)',
      async (s, _v, b) =>
        void (await emmett.appendToStream(
          s,
          b.map((e) => ({ type: e.type, data: e.data as Record<string, unknown> })),
        )),
    ],
  ];
  const lines = [
    `${EVENTS.toLocaleString('en-US')} events per run, median (min–max) of ${RUNS} runs, events/s. “No chain” replaces the SHA-256 link by a constant: the chain’s price. The limit inserts the same rows into a table with the events table’s indexes, without chain, head or projections; Emmett keeps no projections, so it is compared with our column without them.`,
    '',
    '| workload | ThiDua (chain + projections) | ThiDua (no chain) | ThiDua (no projections) | raw INSERT (limit) | Emmett (peer) | with projections / limit | no projections / limit | no projections / Emmett |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [batch, writers] of [
    [1, 1],
    [1, 8],
    [100, 1],
    [100, 8],
  ]) {
    const results: Spread[] = [];
    for (const [name, append] of variants) {
      const rates: number[] = [];
      for (let r = 0; r < RUNS; r++) rates.push(await measure(append, writers, batch));
      results.push(spread(rates));
      console.log(`▸ batch ${batch}, ${writers} writer(s), ${name}: ${fmt(results.at(-1)!)} events/s`);
    }
    const [ours, noChain, noProjections, limit, peer] = results;
    lines.push(
      `| ${batch === 1 ? 'single events' : `batches of ${batch}`}, ${writers} writer${writers > 1 ? 's' : ''} | ${fmt(ours)} | ${fmt(noChain)} | ${fmt(noProjections)} | ${fmt(limit)} | ${fmt(peer)} | ${ratio(ours.median, limit.median)} | ${ratio(noProjections.median, limit.median)} | ${ratio(noProjections.median, peer.median)} |`,
    );
  }
  writeSection('Event append', `npm run bench -- append ${EVENTS}`, lines);
  await emmett.close();
  await db.destroy();
  await dropDatabase(url);
  await dropDatabase(emmettDb.url);
}

run(main);
