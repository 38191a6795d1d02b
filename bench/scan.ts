import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { dropDatabase } from '@platform/database';
import {
  EventStore,
  exportPlanHistory,
  inSnapshot,
  rebuildProjections,
  verifyStore,
} from '@platform/event-store';
import { projections } from '@modules/projections';
import { done, fmt, progress, ratio, spread, writeSection, run } from './stats';
import { fill, freshDb } from './workload';

/**
 * Benchmark 4 (issue 7): verify, rebuild and export over a store of N events (1,000,000 for the
 * record), against the limit for any full pass — a plain sequential SELECT of the events table
 * read through the same cursor and thrown away. Then verify and export once more under memory
 * sampling: their live heap must not grow with the store. `npm run bench -- scan [events]`.
 */
const EVENTS = Number(process.argv[2] ?? 1_000_000);
const RUNS = 3;

const sink = () => new Writable({ write: (_chunk, _encoding, next) => next() });

/**
 * Live heap while `work` runs: a full GC every 250 ms, then the heap in use, so the figure is what
 * the work retains (it would grow with the events if they were held), not uncollected garbage.
 */
async function liveHeapMb(work: () => Promise<unknown>): Promise<number> {
  const gc = global.gc ?? (() => undefined);
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  const timer = setInterval(() => {
    gc();
    peak = Math.max(peak, process.memoryUsage().heapUsed - base);
  }, 250);
  try {
    await work();
    return Math.round((peak / 2 ** 20) * 10) / 10;
  } finally {
    clearInterval(timer);
  }
}

async function main(): Promise<void> {
  const { db, url } = await freshDb('thidua_test_bench_scan');
  // One plan, so that the export walks every event too.
  const planId = randomUUID();
  await fill(new EventStore(db, projections), planId, EVENTS, progress('filling', EVENTS));
  done();
  const rates = {
    select: [] as number[],
    verify: [] as number[],
    rebuild: [] as number[],
    export: [] as number[],
  };
  for (let r = 0; r < RUNS; r++) {
    let started = Date.now();
    let rows = 0;
    await inSnapshot(db, (s) =>
      s.each(
        `SELECT * FROM events ORDER BY stream_id, stream_version`,
        [],
        (batch) => void (rows += batch.length),
      ),
    );
    rates.select.push(rows / ((Date.now() - started) / 1000));
    rates.verify.push((await verifyStore(db)).eventsPerSecond);
    rates.rebuild.push((await rebuildProjections(db, projections)).eventsPerSecond);
    started = Date.now();
    const exported = await exportPlanHistory(db, planId, 'jsonl', sink());
    rates.export.push(exported / ((Date.now() - started) / 1000));
    console.log(
      `▸ run ${r + 1}: select ${Math.round(rates.select[r])}, verify ${rates.verify[r]}, rebuild ${rates.rebuild[r]}, export ${Math.round(rates.export[r])} events/s`,
    );
  }
  const heap = {
    verify: await liveHeapMb(() => verifyStore(db)),
    export: await liveHeapMb(() => exportPlanHistory(db, planId, 'jsonl', sink())),
  };
  const [s, v, b, e] = [rates.select, rates.verify, rates.rebuild, rates.export].map(spread);
  writeSection('Verify, rebuild and export against a plain SELECT', `npm run bench -- scan ${EVENTS}`, [
    `${EVENTS.toLocaleString('en-US')} stored events (assignment streams of 100), median (min–max) of ${RUNS} runs, events/s. Live heap: the most the heap held above its start during one more pass, with a full GC every 250 ms.`,
    '',
    '| pass | events/s | vs plain SELECT (limit) | live heap |',
    '| --- | --- | --- | --- |',
    `| plain SELECT through the cursor (limit) | ${fmt(s)} | 1.00 | |`,
    `| verify (recompute every hash, links, heads, checkpoints) | ${fmt(v)} | ${ratio(v.median, s.median)} | +${heap.verify} MB |`,
    `| rebuild (fold into fresh tables, compare with live) | ${fmt(b)} | ${ratio(b.median, s.median)} | |`,
    `| export one plan’s history as JSON Lines | ${fmt(e)} | ${ratio(e.median, s.median)} | +${heap.export} MB |`,
    '',
    'Bound: verify is CPU-bound in Node (canonical JSON and SHA-256 per event on one core); rebuild by the projections’ reads and upserts in PostgreSQL; export by serialising each row to JSON. What would move them: verify streams in parallel on both cores (worker threads per stream range); rebuild with COPY into the fresh tables and one upsert per row instead of per batch.',
  ]);
  await db.destroy();
  await dropDatabase(url);
}

run(main);
