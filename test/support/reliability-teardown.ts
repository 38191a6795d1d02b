import fs from 'node:fs';
import globalTeardown from './global-teardown';
import { SUMMARY_FILE } from './summary';

/** Stops the stack, then prints the figures the suites recorded as one table per section. */
export default async function reliabilityTeardown(): Promise<void> {
  await globalTeardown();
  if (!fs.existsSync(SUMMARY_FILE)) return;
  const rows = fs
    .readFileSync(SUMMARY_FILE, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, string | number | boolean>);
  const out: string[] = ['', '════ Reliability summary ════'];
  for (const section of [...new Set(rows.map((r) => r.section))]) {
    const mine = rows.filter((r) => r.section === section).map(({ section: _s, ...rest }) => rest);
    const columns = [...new Set(mine.flatMap((r) => Object.keys(r)))];
    const widths = columns.map((c) => Math.max(c.length, ...mine.map((r) => String(r[c] ?? '').length)));
    const line = (cells: string[]) => `  ${cells.map((cell, i) => cell.padEnd(widths[i])).join('  ')}`;
    out.push('', `${section}:`, line(columns), line(widths.map((w) => '─'.repeat(w))));
    for (const r of mine) out.push(line(columns.map((c) => String(r[c] ?? ''))));
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
