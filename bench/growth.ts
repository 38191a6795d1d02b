import { openDataSource } from '@platform/database';
import { verifyStore } from '@platform/event-store';
import { writeSection, run } from './stats';
import { benchPlan, launchAndWait, log, registerUnits, seconds, withSystem } from './system';

/**
 * Benchmark (issue 17): how cost grows with the country. On one system, units are added up to
 * each size (124, 1,000, 3,321, 10,000 by default) and at each size: a plan of 10 tasks per unit
 * launched (time until every assignment is visible), its consolidated report rendered as DOCX over
 * HTTP, and the whole store verified. The slope is the exponent k of time ∝ size^k fitted by least
 * squares on the logarithms: 1 is linear. `npm run bench -- growth [sizes, e.g. 124,1000]`.
 */
const SIZES = (process.argv[2] ?? '124,1000,3321,10000').split(',').map(Number);
const TASKS_PER_UNIT = 10;

/** Least-squares slope of ln(y) on ln(x). */
function slope(xs: number[], ys: number[]): number {
  const [lx, ly] = [xs.map(Math.log), ys.map(Math.log)];
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const [mx, my] = [mean(lx), mean(ly)];
  const cov = lx.reduce((n, x, i) => n + (x - mx) * (ly[i] - my), 0);
  const vx = lx.reduce((n, x) => n + (x - mx) ** 2, 0);
  return cov / vx;
}

run(() =>
  withSystem('growth', async (sys) => {
    const db = await openDataSource(sys.stack.databaseUrl, 2);
    const codes: string[] = [];
    const times = { launch: [] as number[], report: [] as number[], verify: [] as number[] };
    const rows: string[] = [];
    try {
      for (const size of SIZES) {
        codes.push(...(await registerUnits(sys, size - codes.length, codes.length)));
        const { planId, assignments, issuedMs } = await launchAndWait(
          sys,
          benchPlan(codes.slice(0, size), TASKS_PER_UNIT),
        );
        let started = Date.now();
        const response = await sys.alive(
          fetch(`${sys.base}/plans/${planId}/reports/consolidated?format=docx`, {
            headers: { authorization: `Bearer ${sys.owner}` },
          }),
        );
        const bytes = (await response.arrayBuffer()).byteLength;
        if (!response.ok) throw new Error(`report at ${size} units: ${response.status}`);
        const reportMs = Date.now() - started;
        started = Date.now();
        const verified = await verifyStore(db);
        const verifyMs = Date.now() - started;
        if (!verified.ok) throw new Error(`verify at ${size} units found breaks: the figures would lie`);
        times.launch.push(issuedMs);
        times.report.push(reportMs);
        times.verify.push(verifyMs);
        log(
          `${size} units: launch ${seconds(issuedMs)}, DOCX ${seconds(reportMs)}, verify ${seconds(verifyMs)}`,
        );
        rows.push(
          `| ${size.toLocaleString('en-US')} | ${assignments.toLocaleString('en-US')} | ${seconds(issuedMs)} | ${seconds(reportMs)} (${Math.round(bytes / 1024).toLocaleString('en-US')} KB) | ${seconds(verifyMs)} (${verified.events.toLocaleString('en-US')} events) |`,
        );
      }
    } finally {
      await db.destroy();
    }
    const k = (ys: number[]) => (SIZES.length > 1 ? slope(SIZES, ys).toFixed(2) : '—');
    writeSection('Cost growth with the number of units', `npm run bench -- growth ${SIZES.join(',')}`, [
      `One system; units added up to each size; at each size a new plan of ${TASKS_PER_UNIT} tasks per unit (a lead and 4 coordinating units per task) launched, its consolidated report rendered as DOCX, and the whole store verified (every plan launched so far). One run per size. Slope k: time ∝ size^k, least squares on the logarithms.`,
      '',
      '| units | task assignments | launch → every assignment visible | consolidated DOCX | verify the whole store |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
      `| slope k | | ${k(times.launch)} | ${k(times.report)} | ${k(times.verify)} |`,
    ]);
  }),
);
