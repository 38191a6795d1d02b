import fs from 'node:fs';
import path from 'node:path';
import { progressBar } from './progress';

/**
 * Onboarding from the command line goes through the API, as the screens do: the same checks,
 * the same scope, the same events, under the account that signs in (THIDUA_USER / THIDUA_PASSWORD).
 */
async function session(): Promise<{ base: string; token: string }> {
  const base = process.env.THIDUA_API_URL ?? 'http://127.0.0.1:3000';
  const username = process.env.THIDUA_USER;
  const password = process.env.THIDUA_PASSWORD;
  if (!username || !password)
    throw new Error('set THIDUA_USER and THIDUA_PASSWORD (an admin of the organisation)');
  const reply = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await reply.json()) as { accessToken?: string; message?: string };
  if (!body.accessToken) throw new Error(`login as ${username}: ${body.message ?? reply.status}`);
  return { base, token: body.accessToken };
}

interface Problem {
  message: string;
  details?: Array<{ row?: number; column?: string; message?: string; field?: string }>;
}

async function send(file: string, route: string, base: string, token: string): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([fs.readFileSync(file)]), path.basename(file));
  return fetch(`${base}${route}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
}

/** `onboarding import <file> [--preview]`: lists the sheet's errors, or imports it with a progress bar. */
export async function importSheet(args: string[]): Promise<number> {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new Error('usage: onboarding import <file.xlsx|file.csv> [--preview]');
  const { base, token } = await session();
  const started = Date.now();
  const preview = await send(file, '/imports/preview', base, token);
  const checked = (await preview.json()) as Problem & {
    total?: number;
    newUnits?: number;
    newAccounts?: number;
    errors?: Array<{ row: number; column: string; message: string }>;
  };
  if (!preview.ok) throw new Error(checked.message);
  console.log(
    `${checked.total} rows: ${checked.newUnits} new units, ${checked.newAccounts} new accounts, ${checked.errors!.length} errors`,
  );
  for (const e of checked.errors!) console.log(`  row ${e.row}, ${e.column}: ${e.message}`);
  if (checked.errors!.length) return 1;
  if (args.includes('--preview')) return 0;
  const started202 = await send(file, '/imports', base, token);
  const job = (await started202.json()) as Problem & { id: string; total: number };
  if (!started202.ok) throw new Error(job.message);
  const bar = progressBar('importing', 'rows');
  for (;;) {
    const now = (await (
      await fetch(`${base}/imports/${job.id}`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { status: string; done: number; total: number; changed: number; errors: Problem['details'] };
    bar.update(now.done, now.total);
    if (now.status !== 'running') {
      bar.done();
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`${now.status}: ${now.done}/${now.total} rows, ${now.changed} changed, in ${seconds} s`);
      for (const e of now.errors ?? []) console.log(`  row ${e.row}: ${e.message}`);
      return now.status === 'done' ? 0 : 1;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** `onboarding export <organisation> <file.xlsx|file.csv>`: the organisation's sheet, to edit and import back. */
export async function exportSheet(args: string[]): Promise<number> {
  const [organisation, file] = args;
  if (!organisation || !file)
    throw new Error('usage: onboarding export <organisation code> <file.xlsx|file.csv>');
  const { base, token } = await session();
  const format = file.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx';
  const reply = await fetch(`${base}/organisations/${organisation}/sheet?format=${format}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!reply.ok) throw new Error(((await reply.json()) as Problem).message);
  fs.writeFileSync(file, Buffer.from(await reply.arrayBuffer()));
  console.log(`✓ ${file}`);
  return 0;
}
