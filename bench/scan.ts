import { randomUUID } from 'node:crypto';
import { dropDatabase } from '../libs/database/src';
import { EventStore, inSnapshot, rebuildProjections, verifyStore } from '../libs/event-store/src';
import { projections } from '../libs/projections/src';
import { fmt, spread, writeSection } from './stats';
import { fill, freshDb, progress } from './workload';

/**
 * Benchmark 4 (issue 7): verify and rebuild over a store of N events (1,000,000 for the record),
 * against the limit for any full pass — a plain sequential SELECT of the events table read through
 * the same cursor and thrown away. `npm run bench -- scan [events]`.
 */
const EVENTS = Number(process.argv[2] ?? 200_000);
const RUNS = 3;

async function main(): Promise<void> {
  const { db, url } = await freshDb('thidua_bench_scan');
  await fill(new EventStore(db, projections), randomUUID(), EVENTS, progress('filling', EVENTS));
  process.stderr.write('\n');
  const select: number[] = [];
  const verify: number[] = [];
  const rebuild: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const started = Date.now();
    let rows = 0;
    await inSnapshot(db, (s) =>
      s.each(
        `SELECT * FROM events ORDER BY stream_id, stream_version`,
        [],
        (batch) => void (rows += batch.length),
      ),
    );
    select.push(rows / ((Date.now() - started) / 1000));
    verify.push((await verifyStore(db)).eventsPerSecond);
    rebuild.push((await rebuildProjections(db, projections)).eventsPerSecond);
    console.log(
      `▸ run ${r + 1}: select ${Math.round(select[r])}, verify ${verify[r]}, rebuild ${rebuild[r]} events/s`,
    );
  }
  const [s, v, b] = [spread(select), spread(verify), spread(rebuild)];
  writeSection('Verify and rebuild against a plain SELECT', `npm run bench -- scan ${EVENTS}`, [
    `${EVENTS.toLocaleString('en-US')} stored events (assignment streams of 100), median (min–max) of ${RUNS} runs, events/s.`,
    '',
    '| pass | events/s | vs plain SELECT (limit) |',
    '| --- | --- | --- |',
    `| plain SELECT through the cursor (limit) | ${fmt(s)} | 1.00 |`,
    `| verify (recompute every hash, links, heads, checkpoints) | ${fmt(v)} | ${(v.median / s.median).toFixed(2)} |`,
    `| rebuild (fold into fresh tables, compare with live) | ${fmt(b)} | ${(b.median / s.median).toFixed(2)} |`,
    '',
    'Bound: verify is CPU-bound in Node (canonical JSON and SHA-256 per event on one core); rebuild by the projections’ reads and upserts in PostgreSQL. What would move them: verify streams in parallel on both cores (worker threads per stream range); rebuild with COPY into the fresh tables and one upsert per row instead of per batch.',
  ]);
  await db.destroy();
  await dropDatabase(url);
}

main().catch((error: unknown) => {
  console.error('✗', error instanceof Error ? error.stack : error);
  process.exit(1);
});
