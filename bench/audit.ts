import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { dropDatabase } from '../libs/database/src';
import { EventStore, exportPlanHistory, rebuildProjections, verifyStore } from '../libs/event-store/src';
import { projections } from '../libs/projections/src';
import { fill, freshDb, progress } from './workload';
import { ROOT } from '../scripts/lib/stack';

/**
 * Issue-5 benchmark on a store of BENCH_EVENTS (1,000,000) events: append rate with the hash
 * chain and without it (same workload, same inline projections), verify, rebuild, and memory
 * while verifying and exporting. Run with `npm run bench -- audit`.
 */
const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const COMPARE = Number(process.env.BENCH_COMPARE_EVENTS ?? 100_000);
/** Plain and chained runs alternate, best of each: the first run on a cold server is slower. */
const ROUNDS = 2;
const log = (line: string) => console.log(`▸ ${line}`);

/**
 * Live memory while `work` runs: every 250 ms a full GC, then the heap in use, so the figure is
 * what the work retains (it would grow with the events if they were held), not uncollected garbage.
 */
async function memoryDuring<T>(work: () => Promise<T>): Promise<{ result: T; heapMb: number }> {
  const gc = global.gc ?? (() => undefined);
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  const timer = setInterval(() => {
    gc();
    peak = Math.max(peak, process.memoryUsage().heapUsed - base);
  }, 250);
  try {
    const result = await work();
    return { result, heapMb: Math.round((peak / 2 ** 20) * 10) / 10 };
  } finally {
    clearInterval(timer);
  }
}

async function main(): Promise<void> {
  const planId = randomUUID();
  // The chain's cost: the same workload into fresh stores, with and without hashing.
  let without = 0;
  let withChain = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const chained of [false, true]) {
      const fresh = await freshDb(`thidua_bench_${chained ? 'chain' : 'plain'}`);
      const store = new EventStore(fresh.db, projections, chained ? undefined : () => '');
      const rate = await fill(
        store,
        randomUUID(),
        COMPARE,
        progress(chained ? 'with chain' : 'without chain', COMPARE),
      );
      if (chained) withChain = Math.max(withChain, rate);
      else without = Math.max(without, rate);
      await fresh.db.destroy();
      await dropDatabase(fresh.url);
    }
  }
  process.stderr.write('\n');
  log(
    `append ${COMPARE.toLocaleString('en-US')} events, best of ${ROUNDS}: ${without} events/s without the chain, ${withChain} with it (${(withChain / without).toFixed(2)}×)`,
  );

  const { db } = await freshDb('thidua_bench_audit');
  const store = new EventStore(db, projections);
  const exportedPlan = Math.min(200_000, EVENTS);
  await fill(store, planId, exportedPlan, progress('filling', EVENTS));
  // Grow the store to EVENTS (other plan ids, so the export below covers one plan's events).
  const rest = EVENTS - exportedPlan;
  if (rest > 0) await fill(store, randomUUID(), rest, progress('filling', rest));
  process.stderr.write('\n');
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM events`);
  log(`store holds ${n.toLocaleString('en-US')} events`);

  // Speed first, undisturbed; then the same work again under memory sampling.
  const verified = await verifyStore(db);
  const verifyMemory = await memoryDuring(() => verifyStore(db));
  log(
    `verify: ${verified.events} events, ok=${verified.ok}, ${verified.eventsPerSecond} events/s, live heap +${verifyMemory.heapMb} MB`,
  );

  const sink = () => new Writable({ write: (_chunk, _enc, done) => done() });
  const exportStarted = Date.now();
  const exported = await exportPlanHistory(db, planId, 'jsonl', sink());
  const exportRate = Math.round(exported / ((Date.now() - exportStarted) / 1000));
  const exportMemory = await memoryDuring(() => exportPlanHistory(db, planId, 'jsonl', sink()));
  log(
    `export (JSON Lines) of one plan: ${exported} events, ${exportRate} events/s, live heap +${exportMemory.heapMb} MB`,
  );

  const rebuilt = await rebuildProjections(db, projections, { onProgress: progress('rebuilding', n) });
  process.stderr.write('\n');
  log(
    `rebuild: ${rebuilt.events} events, ${rebuilt.eventsPerSecond} events/s, differences: ${rebuilt.differences.length}`,
  );

  const line = `| ${new Date().toISOString().slice(0, 10)} | ${n.toLocaleString('en-US')} | ${without} / ${withChain} (${(withChain / without).toFixed(2)}×) | ${verified.eventsPerSecond} (heap +${verifyMemory.heapMb} MB) | ${rebuilt.eventsPerSecond} | ${exportRate} (heap +${exportMemory.heapMb} MB) | ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'} |`;
  console.log(`\n${line}`);
  const file = path.join(ROOT, 'BENCHMARKS.md');
  fs.appendFileSync(file, `${line}\n`);
  await db.destroy();
}

main().catch((error: unknown) => {
  console.error('✗', error instanceof Error ? error.stack : error);
  process.exit(1);
});
