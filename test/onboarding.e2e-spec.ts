import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { apiUrl, call, eventCount, login } from './support/client';
import { communesSheet } from './support/onboarding-sheet';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..');
const tag = Date.now().toString(36).slice(-5);

/** The CLI as an operator runs it, signed in as the city's admin. */
const cli = (...args: string[]) =>
  run(process.execPath, [path.join(ROOT, 'dist/apps/cli/src/main.js'), ...args], {
    env: { ...process.env, THIDUA_API_URL: apiUrl(), THIDUA_USER: 'hp.quantri', THIDUA_PASSWORD: 'demo' },
    maxBuffer: 10 * 1024 * 1024,
  }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
    // What the CLI printed, so a failure says why.
    throw new Error(`${error.message}\n${error.stdout ?? ''}\n${error.stderr?.slice(-2000) ?? ''}`);
  });

async function upload(route: string, content: Buffer, name: string, token: string) {
  const form = new FormData();
  form.append('file', new Blob([content]), name);
  const reply = await fetch(`${apiUrl()}${route}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: reply.status, body: (await reply.json()) as any };
}

describe('onboarding a province from a sheet', () => {
  it('imports 124 communes with one account each from the CLI, and a second time changes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-onboarding-'));
    const file = path.join(dir, `xa-${tag}.xlsx`);
    fs.writeFileSync(file, await communesSheet({ parent: 'HP', communes: 124, tag, format: 'xlsx' }));

    const first = await cli('onboarding', 'import', file);
    expect(first.stdout).toContain('124 rows: 124 new units, 124 new accounts, 0 errors');
    expect(first.stdout).toMatch(/done: 124\/124 rows, 124 changed/);

    const city = await login('hp.quantri');
    const units = (await call('GET', '/units?limit=500', { token: city })).body.items as Array<{
      id: string;
    }>;
    expect(units.filter((u) => u.id.startsWith(`X${tag}-`.toUpperCase()))).toHaveLength(124);
    // A commune's account signs in, and must first change the password it was given.
    const code = `X${tag}-007`.toUpperCase();
    const signIn = await call('POST', '/auth/login', {
      body: { username: `vp.${code.toLowerCase()}`, password: 'cap-lan-dau-2026' },
    });
    expect(signIn.body).toMatchObject({ role: 'unit', unitCode: code, mustChangePassword: true });

    const before = await eventCount();
    const second = await cli('onboarding', 'import', file);
    expect(second.stdout).toContain('124 rows: 0 new units, 0 new accounts, 0 errors');
    expect(second.stdout).toMatch(/done: 124\/124 rows, 0 changed/);
    expect(await eventCount()).toBe(before);
  }, 300_000);

  it('previews a sheet with every error by row and column, and writes nothing', async () => {
    const admin = await login('lk.quantri');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('x');
    sheet.addRow([
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại đơn vị',
      'Mã đơn vị cấp trên',
      'Họ và tên',
      'Tên đăng nhập',
      'Mật khẩu ban đầu',
      'Vai trò',
    ]);
    sheet.addRow([
      `LK-A${tag}`.toUpperCase(),
      'Thôn A',
      'thon',
      'XA-LAI-KHE',
      'Ngô Văn A',
      `a.${tag}`,
      'dai-du-tam',
      'Đơn vị',
    ]);
    sheet.addRow(['thôn b', 'Thôn B', 'thon', 'XA-LAI-KHE']);
    sheet.addRow([`LK-C${tag}`.toUpperCase(), 'Thôn C', 'lang', 'XA-KIM-THANH']);
    sheet.addRow([
      `LK-D${tag}`.toUpperCase(),
      'Thôn D',
      'thon',
      `LK-A${tag}`.toUpperCase(),
      'Ngô Văn D',
      'd.x',
      'ngan',
      'vua',
    ]);
    sheet.addRow([`LK-E${tag}`.toUpperCase(), 'Thôn E', 'thon', 'XA-KIM-THANH']);
    sheet.addRow([
      `LK-F${tag}`.toUpperCase(),
      'Thôn F',
      'thon',
      'XA-LAI-KHE',
      'Ngô F',
      'owner',
      'mat-khau-dai',
      'Đơn vị',
    ]);
    const content = Buffer.from(await book.xlsx.writeBuffer());
    const before = await eventCount();
    const preview = await upload('/imports/preview', content, 'loi.xlsx', admin);
    expect(preview.status).toBe(200);
    expect(preview.body.errors.map((e: any) => [e.row, e.column])).toEqual([
      [3, 'Mã đơn vị'],
      [4, 'Loại đơn vị'],
      [5, 'Mật khẩu ban đầu'],
      [5, 'Vai trò'],
      [6, 'Mã đơn vị cấp trên'],
      [7, 'Tên đăng nhập'],
    ]);
    const refused = await upload('/imports', content, 'loi.xlsx', admin);
    expect(refused.status).toBe(400);
    expect(refused.body.details).toHaveLength(6);
    expect(await eventCount()).toBe(before);
  });

  it('exports an organisation in the same columns, and the export imports back unchanged', async () => {
    const admin = await login('lk.quantri');
    const reply = await fetch(`${apiUrl()}/organisations/XA-LAI-KHE/sheet?format=csv`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(reply.headers.get('content-type')).toContain('text/csv');
    const csv = Buffer.from(await reply.arrayBuffer());
    expect(csv.toString('utf8')).toContain('Mã đơn vị,Tên đơn vị,Loại đơn vị');
    expect(csv.toString('utf8')).toContain('LK-THONAT,Thôn An Thái,thon,XA-LAI-KHE');
    const preview = await upload('/imports/preview', csv, 'xa-lai-khe.csv', admin);
    expect(preview.body).toMatchObject({ newUnits: 0, newAccounts: 0, errors: [] });
    // Another commune's admin cannot export it.
    const other = await fetch(`${apiUrl()}/organisations/XA-LAI-KHE/sheet`, {
      headers: { authorization: `Bearer ${await login('quantri')}` },
    });
    expect(other.status).toBe(404);
  });
});
