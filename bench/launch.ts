import type { PlanDefinition } from '@modules/plan/plan.definition';
import { openLoop } from './load';
import { writeSection, run } from './stats';
import {
  benchPlan,
  KINDS,
  launchAndWait,
  log,
  progressRequest,
  registerUnits,
  reportingUnits,
  seconds,
  withSystem,
} from './system';

/**
 * Benchmark (issue 17): a national launch on the production profile. A plan of 30 tasks, each
 * led by the issuing office and carried out by every commune (a coordinating group of every unit
 * kind, resolved at launch), to 3,321 units: timed from the launch request until the last of the
 * 3,321 × 30 task assignments is visible. Meanwhile 20 units of an earlier plan record task
 * progress at a fixed rate, and their latency says what users feel during the launch.
 * `npm run bench -- launch [units] [progress per second]`.
 */
const UNITS = Number(process.argv[2] ?? 3_321);
const TASKS = 30;
const PROBE_RATE = Number(process.argv[3] ?? 5);
const PROBE_UNITS = 20;

function nationalPlan(codes: string[]): PlanDefinition {
  const base = benchPlan(codes.slice(0, 5), 5);
  return {
    ...base,
    title: `Kế hoạch thử nghiệm triển khai toàn quốc cho ${codes.length} xã`,
    standingUnit: codes[0],
    taskGroups: [
      {
        code: 'I',
        title: 'Nhiệm vụ chung của các xã',
        tasks: Array.from({ length: TASKS }, (_, t) => ({
          code: `NV${t + 1}`,
          title: `Nhiệm vụ số ${t + 1}: chuyển đổi số tại cơ sở`,
          leadUnit: codes[0],
          coordinatingUnits: [],
          coordinatingGroups: [{ label: 'Tất cả các xã', kinds: KINDS }],
          recurringYearly: true,
        })),
      },
    ],
  };
}

run(() =>
  withSystem(
    'launch',
    async (sys) => {
      const codes = await registerUnits(sys, UNITS);
      const probes = await reportingUnits(sys, codes.slice(0, PROBE_UNITS));
      const counters = probes.map(() => 0);
      // The probe runs until the launch is visible, then stops at its next due request.
      let launching = true;
      const probe = (async () => {
        const results = [];
        while (launching) {
          results.push(
            await openLoop(sys.base, PROBE_RATE, 5, (i) =>
              progressRequest(probes[i % PROBE_UNITS], ++counters[i % PROBE_UNITS]),
            ),
          );
        }
        return results;
      })();
      const { assignments, issuedMs } = await launchAndWait(sys, nationalPlan(codes)).finally(() => {
        launching = false;
      });
      const windows = await probe;
      const failed = windows.reduce((n, w) => n + Object.values(w.failures).reduce((a, b) => a + b, 0), 0);
      const worstP99 = Math.max(...windows.map((w) => w.p99));
      const medianP50 = windows.map((w) => w.p50).sort((a, b) => a - b)[Math.floor(windows.length / 2)];
      log(
        `${assignments} task assignments visible in ${seconds(issuedMs)}; probe p99 up to ${worstP99.toFixed(0)} ms`,
      );
      writeSection(
        'National launch on the production profile',
        `npm run bench -- launch ${UNITS} ${PROBE_RATE}`,
        [
          `A plan of ${TASKS} tasks, each carried out by every one of ${UNITS.toLocaleString('en-US')} units (resolved at launch), launched once. Meanwhile ${PROBE_UNITS} units of an earlier plan record progress at ${PROBE_RATE}/s (fixed rate, latency from when each request was due), measured in 5 s windows.`,
          '',
          '| units × tasks | task assignments | launch → last assignment visible | assignments/s | progress p50 (median window) | progress p99 (worst window) | probe requests failed |',
          '| --- | --- | --- | --- | --- | --- | --- |',
          `| ${UNITS.toLocaleString('en-US')} × ${TASKS} | ${assignments.toLocaleString('en-US')} | ${seconds(issuedMs)} | ${Math.round(assignments / (issuedMs / 1000)).toLocaleString('en-US')} | ${medianP50.toFixed(0)} ms | ${worstP99.toFixed(0)} ms | ${failed} of ${windows.reduce((n, w) => n + w.sent, 0)} |`,
        ],
      );
    },
    { profile: 'production' },
  ),
);
