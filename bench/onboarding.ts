import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { COLUMNS } from '@modules/onboarding/onboarding.sheet';
import { ROOT } from '../scripts/lib/stack';
import { writeSection } from './stats';
import { log, withSystem } from './system';

/**
 * Benchmark 7 (issue 14): onboarding a province from a sheet through the CLI, as an operator
 * would: the province and its communes (124 by default), each with one account of its office
 * (a first password hashed with scrypt, a person, an account and a role: four commands). Then
 * the same sheet again, which must change nothing. `npm run bench -- onboarding [communes]`.
 */
const COMMUNES = Number(process.argv[2] ?? 124);

async function sheet(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const rows = book.addWorksheet('Đơn vị và người dùng');
  rows.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key }));
  rows.addRow({ code: 'TINH-THU', name: 'Tỉnh Thử Nghiệm', kind: 'tinh' });
  for (let n = 1; n <= COMMUNES; n++) {
    const code = `XA-THU-${String(n).padStart(3, '0')}`;
    rows.addRow({
      code,
      name: `Xã Thử Nghiệm ${n}`,
      kind: 'xa',
      parentCode: 'TINH-THU',
      fullName: `Văn phòng xã Thử Nghiệm ${n}`,
      username: `vp.${code.toLowerCase()}`,
      password: 'cap-lan-dau-2026',
      role: 'unit',
    });
  }
  await book.xlsx.writeFile(file);
}

async function main(): Promise<void> {
  await withSystem('onboarding', async (sys) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-onboarding-')), 'tinh-thu.xlsx');
    await sheet(file);
    const cli = async () => {
      const started = performance.now();
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [path.join(ROOT, 'dist/apps/cli/src/main.js'), 'onboarding', 'import', file],
        { env: { ...process.env, THIDUA_API_URL: sys.base, THIDUA_USER: 'admin', THIDUA_PASSWORD: 'demo' } },
      );
      return { ms: performance.now() - started, summary: stdout.trim().split('\n').at(-1)! };
    };
    const events = async () => Number((await sys.sql(`SELECT count(*) AS n FROM events`))[0].n);
    const before = await events();
    const first = await cli();
    const afterFirst = await events();
    log(`first import: ${first.summary} (${Math.round(first.ms)} ms, ${afterFirst - before} events)`);
    const second = await cli();
    const afterSecond = await events();
    log(`second import: ${second.summary} (${Math.round(second.ms)} ms, ${afterSecond - afterFirst} events)`);
    writeSection('Onboarding a province from a sheet (CLI)', `npm run bench -- onboarding ${COMMUNES}`, [
      `A province and ${COMMUNES} communes, each with one office account (person, account, role; scrypt-hashed first password), imported from an XLSX through the CLI and the API: units in the sheet's order, then people four at a time (each commune's people are a stream of their own).`,
      '',
      '| run | rows | wall time (s) | rows/s | events written | CLI summary |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
      `| first | ${COMMUNES + 1} | ${(first.ms / 1000).toFixed(1)} | ${((COMMUNES + 1) / (first.ms / 1000)).toFixed(1)} | ${afterFirst - before} | ${first.summary} |`,
      `| again (same sheet) | ${COMMUNES + 1} | ${(second.ms / 1000).toFixed(1)} | ${((COMMUNES + 1) / (second.ms / 1000)).toFixed(1)} | ${afterSecond - afterFirst} | ${second.summary} |`,
    ]);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
