import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

/**
 * CPU time the machine's processes spend, grouped by their part in the system, read from /proc:
 * where a command's cost goes when the cores, not the path, are the limit.
 */
export type CpuByPart = Record<string, number>;

const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** Which part a process plays, from its command line; undefined for the rest of the machine. */
function partOf(pid: number, nulSeparated: string): string | undefined {
  if (pid === process.pid) return 'load generator';
  const cmdline = nulSeparated.replaceAll('\0', ' ');
  if (/^postgres|\/postgres\b/.test(cmdline)) return 'PostgreSQL';
  if (/temporal-server|\/temporal server\b/.test(cmdline)) return 'Temporal server';
  if (cmdline.includes('dist/apps/worker/')) return 'worker';
  if (cmdline.includes('dist/apps/api/')) return 'API';
  if (/dist\/bench\/(noop-worker|http-limit)/.test(cmdline)) return 'limit processes';
  return undefined;
}

type Ticks = Map<number, { part: string; ticks: number }>;

function read(): Ticks {
  const ticks: Ticks = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const part = partOf(pid, fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
      if (!part) continue;
      // Fields after the parenthesised name: utime and stime are the 12th and 13th.
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(pid, { part, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended between listing and reading: it is counted by whatever it left before.
    }
  }
  return ticks;
}

/** Runs `work` and says how many CPU milliseconds each part of the system spent meanwhile. */
export async function cpuDuring<T>(work: () => Promise<T>): Promise<{ result: T; cpu: CpuByPart }> {
  const before = read();
  const result = await work();
  const cpu: CpuByPart = {};
  for (const [pid, { part, ticks }] of read())
    cpu[part] = (cpu[part] ?? 0) + (ticks - (before.get(pid)?.ticks ?? 0)) * TICK_MS;
  return { result, cpu };
}

/** The parts a CPU table shows, in its column order. */
export const PARTS = ['API', 'worker', 'Temporal server', 'PostgreSQL', 'limit processes', 'load generator'];

/** The head of a "where the cores go" table: CPU per `per` (what one row divides by). */
export function cpuTableHead(per: string): string[] {
  const cores = os.availableParallelism();
  return [
    `Where the cores go: CPU time each part of the system spent meanwhile (from /proc), ms per ${per}. The machine has ${cores} cores: a path whose total is T ms per item cannot pass ${cores} × 1000 / T items a second.`,
    '',
    `| what | total | ${PARTS.join(' | ')} |`,
    `| --- | --- | ${PARTS.map(() => '---').join(' | ')} |`,
  ];
}

/** One row: the CPU of several measured runs together, divided by the items they handled. */
export function cpuRow(label: string, items: number, cpu: CpuByPart[]): string {
  const per = (part: string) => cpu.reduce((t, c) => t + (c[part] ?? 0), 0) / items;
  const total = PARTS.reduce((t, part) => t + per(part), 0);
  return `| ${label} | ${total.toFixed(2)} | ${PARTS.map((p) => per(p).toFixed(2)).join(' | ')} |`;
}
