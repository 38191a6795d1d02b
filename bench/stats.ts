import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../scripts/lib/stack';

export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** Median, min and max of several runs: one run on a 2-core machine says little. */
export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
}

/** The p-th percentile (0–100) of latencies, nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** `ours / theirs` with two decimals: below 1 means slower (or smaller) than the limit or peer. */
export const ratio = (ours: number, theirs: number): string => (ours / theirs).toFixed(2);

export const fmt = (s: Spread, unit = ''): string =>
  `${Math.round(s.median).toLocaleString('en-US')}${unit} (${Math.round(s.min).toLocaleString('en-US')}–${Math.round(s.max).toLocaleString('en-US')})`;

export const machine = (): string =>
  `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`;

const EARLIER = '\n## Earlier results';

/** The servers a run measured, as the harness read them from the servers themselves (bench/system.ts). */
let environment: { servers: string; processes: string } | undefined;
export const describeEnvironment = (servers: string, processes: string): void => {
  environment = { servers, processes };
};

/**
 * Adds a dated section to BENCHMARKS.md: what ran, on what, with which command.
 * `processesPerRow`: the table says how many processes each row ran, so the header does not.
 */
export function writeSection(title: string, command: string, lines: string[], processesPerRow = false): void {
  const servers = environment
    ? ` ${environment.servers}${processesPerRow ? '' : `; ${environment.processes}`}.`
    : '';
  const text = [
    `\n### ${title} — ${new Date().toISOString().slice(0, 16)}Z`,
    '',
    `Machine: ${machine()}.${servers} Command: \`${command}\`.`,
    '',
    ...lines,
    '',
  ].join('\n');
  // Newest runs above the earlier results, which stay at the end of the file.
  const file = path.join(ROOT, 'BENCHMARKS.md');
  const current = fs.readFileSync(file, 'utf8');
  const at = current.indexOf(EARLIER);
  fs.writeFileSync(
    file,
    at < 0 ? current + text : `${current.slice(0, at).trimEnd()}\n${text}\n${current.slice(at)}`,
  );
  console.log(text);
}

const FULL_RUN = '\n## Full run';

/**
 * Starts a full run (`npm run bench` without arguments): BENCHMARKS.md keeps its introduction
 * and every earlier section goes (git keeps them), so that the file holds what this one run
 * measured, section after section, and nothing typed by hand.
 */
export function startFullRun(): void {
  const file = path.join(ROOT, 'BENCHMARKS.md');
  const current = fs.readFileSync(file, 'utf8');
  const ends = [current.indexOf(FULL_RUN), current.indexOf('\n### '), current.indexOf(EARLIER)].filter(
    (i) => i >= 0,
  );
  const intro = current.slice(0, Math.min(...ends, current.length)).trimEnd();
  fs.writeFileSync(
    file,
    `${intro}\n${FULL_RUN}\n\nStarted ${new Date().toISOString().slice(0, 16)}Z on ${machine()} with \`npm run bench\`; every section below is from this run.\n`,
  );
}

/** A progress line on stderr, at most every 2 s, for work that runs for minutes. */
export function progress(label: string, total: number): (n: number) => void {
  let last = 0;
  return (n) => {
    if (Date.now() - last < 2000 && n < total) return;
    last = Date.now();
    process.stderr.write(`\r  ${label}: ${n.toLocaleString('en-US')}/${total.toLocaleString('en-US')}   `);
  };
}

/** Ends a progress line. */
export const done = (): void => void process.stderr.write('\n');

/**
 * Calls `work` for each index in [from, to), `inFlight` calls pending at any moment (a pool, so
 * one slow call does not idle the others); with a label, shows progress.
 */
export async function pool(
  options: { from?: number; to: number; inFlight: number; label?: string },
  work: (i: number) => Promise<unknown>,
): Promise<void> {
  const { from = 0, to, inFlight, label } = options;
  const report = label ? progress(label, to) : undefined;
  let next = from;
  let finished = from;
  await Promise.all(
    Array.from({ length: Math.min(inFlight, to - from) }, async () => {
      while (next < to) {
        await work(next++);
        report?.(++finished);
      }
    }),
  );
  if (report) done();
}

/** Runs a benchmark's main: a failure prints its stack and exits non-zero, so `npm run bench` stops. */
export function run(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error('✗', error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}
