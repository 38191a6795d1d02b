import { closedLoop } from './load';
import { writeSection, run } from './stats';
import { log, progressRequest, reportingUnits, withSystem } from './system';

/**
 * Benchmark (issue 17): the saturation curve of task progress on the production profile (the real
 * Temporal server on PostgreSQL) with 1 and 2 workers and 1 and 2 API processes: commands/s and
 * p99 as closed-loop clients grow, each configuration on a fresh system. Where a curve flattens is
 * that configuration's saturation; the gap between curves is what a second process buys on this
 * machine. `npm run bench -- saturation [seconds per point]`.
 */
const SECONDS = Number(process.argv[2] ?? 20);
const CLIENTS = [1, 5, 10, 25, 50];
const CONFIGURATIONS = [
  { workers: 1, apiProcesses: 1 },
  { workers: 2, apiProcesses: 1 },
  { workers: 1, apiProcesses: 2 },
  { workers: 2, apiProcesses: 2 },
];

run(async () => {
  const rows: string[] = [];
  for (const configuration of CONFIGURATIONS) {
    const label = `${configuration.workers} worker(s), ${configuration.apiProcesses} API process(es)`;
    await withSystem(
      `saturation`,
      async (sys) => {
        const units = await reportingUnits(sys, Math.max(...CLIENTS));
        const counters = units.map(() => 0);
        const request = (c: number) => () => progressRequest(units[c], ++counters[c]);
        await sys.alive(closedLoop(sys.base, 10, 5, request));
        const points: string[] = [];
        for (const clients of CLIENTS) {
          const result = await sys.alive(closedLoop(sys.base, clients, SECONDS, request));
          if (Object.keys(result.failures).length)
            throw new Error(`${label}, ${clients} clients: failures ${JSON.stringify(result.failures)}`);
          log(
            `${label}, ${clients} clients: ${result.perSecond.toFixed(1)}/s, p99 ${result.p99.toFixed(0)} ms`,
          );
          points.push(`${result.perSecond.toFixed(1)} / ${result.p99.toFixed(0)}`);
        }
        rows.push(`| ${label} | ${points.join(' | ')} |`);
      },
      { profile: 'production', ...configuration },
    );
  }
  writeSection(
    'Saturation curve on the production profile',
    `npm run bench -- saturation ${SECONDS}`,
    [
      `Task progress, closed loop: each client a unit sending again when answered, ${SECONDS} s per point, a fresh system per configuration. Each cell: commands/s / p99 ms.`,
      '',
      `| configuration | ${CLIENTS.map((c) => `${c} client${c > 1 ? 's' : ''}`).join(' | ')} |`,
      `| --- | ${CLIENTS.map(() => '---').join(' | ')} |`,
      ...rows,
    ],
    true,
  );
});
