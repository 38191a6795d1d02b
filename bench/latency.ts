import { closedLoop, openLoop } from './load';
import { writeSection, run } from './stats';
import { log, progressRequest, reportingUnits, withSystem } from './system';

/**
 * Benchmark (issue 17): what a unit waits for when it records task progress, at a fixed arrival
 * rate. First the saturation rate: 50 units in a closed loop (each sends again when answered) for
 * 30 s. Then the open loop at 25, 50, 75 and 90 % of that rate, `seconds` each (default 300):
 * requests leave on schedule whatever the earlier ones are doing, and each latency counts from
 * when its request was due. `npm run bench -- latency [seconds per rate]`.
 */
const SECONDS = Number(process.argv[2] ?? 300);
const UNITS = 50;
const SATURATION_SECONDS = 30;
const SHARES = [0.25, 0.5, 0.75, 0.9];

run(() =>
  withSystem('latency', async (sys) => {
    const units = await reportingUnits(sys, UNITS);
    const counters = units.map(() => 0);
    const request = (c: number) => () => progressRequest(units[c % UNITS], ++counters[c % UNITS]);
    log('warming up');
    await sys.alive(closedLoop(sys.base, UNITS, 10, request));
    const saturation = await sys.alive(closedLoop(sys.base, UNITS, SATURATION_SECONDS, request));
    if (Object.keys(saturation.failures).length)
      throw new Error(`failures at saturation ${JSON.stringify(saturation.failures)}: the figures would lie`);
    log(`saturation: ${saturation.perSecond.toFixed(1)} commands/s (p99 ${saturation.p99.toFixed(0)} ms)`);
    const lines = [
      `Saturation measured in this run: ${UNITS} units in a closed loop for ${SATURATION_SECONDS} s, ${saturation.perSecond.toFixed(1)} commands/s (p50 ${saturation.p50.toFixed(0)} ms, p99 ${saturation.p99.toFixed(0)} ms). Then a fixed arrival rate, ${SECONDS} s per rate, each latency counted from when its request was due; ${UNITS} units in turn.`,
      '',
      '| share of saturation | arrival rate /s | answered /s | p50 ms | p95 ms | p99 ms | failed |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    ];
    for (const share of SHARES) {
      const rate = share * saturation.perSecond;
      const result = await sys.alive(openLoop(sys.base, rate, SECONDS, (i) => request(i % UNITS)()));
      const failed = Object.values(result.failures).reduce((a, b) => a + b, 0);
      log(
        `${share * 100} %: ${rate.toFixed(1)}/s → p50 ${result.p50.toFixed(0)} ms, p99 ${result.p99.toFixed(0)} ms, ${failed} failed`,
      );
      lines.push(
        `| ${share * 100} % | ${rate.toFixed(1)} | ${result.perSecond.toFixed(1)} | ${result.p50.toFixed(0)} | ${result.p95.toFixed(0)} | ${result.p99.toFixed(0)} | ${failed} of ${result.sent} |`,
      );
    }
    writeSection(
      'Task-progress latency at a fixed arrival rate',
      `npm run bench -- latency ${SECONDS}`,
      lines,
    );
  }),
);
