import fs from 'node:fs';
import path from 'node:path';

/** Where suites leave figures for the reliability run's closing table (see reliability-teardown). */
export const SUMMARY_FILE = path.resolve(__dirname, '../../.data/reliability/summary.jsonl');

export function recordSummary(section: string, row: Record<string, string | number | boolean>): void {
  fs.mkdirSync(path.dirname(SUMMARY_FILE), { recursive: true });
  fs.appendFileSync(SUMMARY_FILE, `${JSON.stringify({ section, ...row })}\n`);
}
