import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { dropDatabase, migrateDatabase, openDataSource } from '../libs/database/src';
import type { NewEvent } from '../libs/contracts/src';
import { EventStore, exportPlanHistory, rebuildProjections, verifyStore } from '../libs/event-store/src';
import { projections } from '../libs/projections/src';
import { provideDatabase } from '../scripts/lib/postgres';
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
const PER_STREAM = 100;
const PER_APPEND = 50;
const WRITERS = 4;
const log = (line: string) => console.log(`▸ ${line}`);
const actor = { userId: 'bench', username: 'bench', role: 'admin' as const, unitCode: 'DV001' };

/** A unit's assignment stream: opened, 30 tasks assigned, then progress reports. */
function streamEvents(planId: string, unitCode: string, from: number, count: number): NewEvent[] {
  const occurredAt = new Date().toISOString();
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const base = { planId, unitCode };
    const [type, data] =
      i === 0
        ? ['AssignmentOpened', { ...base, unitKind: 'thon', indicators: [] }]
        : i <= 30
          ? [
              'TaskAssigned',
              {
                ...base,
                task: {
                  taskId: randomUUID(),
                  code: `T${i}`,
                  title: `Nhiệm vụ thử nghiệm số ${i} về chuyển đổi số`,
                  groupCode: 'I',
                  groupTitle: 'Nhóm I',
                  seq: i,
                  leadUnit: unitCode,
                  coordinatingUnits: [],
                  role: 'lead',
                },
              },
            ]
          : [
              'TaskProgressRecorded',
              {
                ...base,
                taskId: randomUUID(),
                taskCode: `T${1 + (i % 30)}`,
                status: 'in_progress',
                result: `Đã thực hiện bước ${i}: tuyên truyền tại thôn, tổ chức lớp kỹ năng số`,
              },
            ];
    return { eventId: randomUUID(), type, data, occurredAt };
  });
}

/** Appends `total` events as WRITERS concurrent writers, each owning its streams. */
async function fill(
  store: EventStore,
  planId: string,
  total: number,
  onProgress: (n: number) => void,
): Promise<number> {
  const started = Date.now();
  const streams = Math.ceil(total / PER_STREAM);
  let written = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, w) => {
      for (let s = w; s < streams; s += WRITERS) {
        const streamId = `assignment-${planId}-DV${String(s).padStart(6, '0')}`;
        const size = Math.min(PER_STREAM, total - s * PER_STREAM);
        for (let v = 0; v < size; v += PER_APPEND) {
          const events = streamEvents(planId, `DV${s}`, v, Math.min(PER_APPEND, size - v));
          await store.append({
            streamId,
            category: 'assignment',
            planId,
            expectedVersion: v,
            events,
            metadata: { actor, workflowId: 'bench', runId: 'bench' },
          });
          written += events.length;
          onProgress(written);
        }
      }
    }),
  );
  return Math.round(written / ((Date.now() - started) / 1000));
}

const progress = (label: string, total: number) => {
  let last = 0;
  return (n: number) => {
    if (Date.now() - last < 2000) return;
    last = Date.now();
    process.stderr.write(`\r  ${label}: ${n.toLocaleString('en-US')}/${total.toLocaleString('en-US')}   `);
  };
};

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

async function freshDb(name: string): Promise<{ db: DataSource; url: string }> {
  const { url } = await provideDatabase({
    dbName: name,
    dataDir: path.join(ROOT, '.data/pg'),
    fresh: true,
    log: () => {},
  });
  await migrateDatabase(url);
  return { db: await openDataSource(url, WRITERS + 2), url };
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
