import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { docxToPdf } from '@platform/http/pdf';
import { Client as PgClient } from 'pg';

const run = promisify(execFile);

export const apiUrl = (): string => required('THIDUA_API_URL');
export const databaseUrl = (): string => required('THIDUA_DATABASE_URL');
export const temporalAddress = (): string => required('THIDUA_TEMPORAL_ADDRESS');
export const jwtSecret = (): string => required('THIDUA_JWT_SECRET');

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: the integration project's global setup starts the stack`);
  return value;
}

export interface Reply<T = any> {
  status: number;
  body: T;
}

/** A thin HTTP client for the API under test. */
export async function call<T = any>(
  method: string,
  route: string,
  options: { token?: string; body?: unknown } = {},
): Promise<Reply<T>> {
  const response = await fetch(`${apiUrl()}${route}`, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  const json = response.headers.get('content-type')?.includes('application/json');
  return { status: response.status, body: text && json ? JSON.parse(text) : text || undefined };
}

const tokens = new Map<string, string>();

export async function login(username: string): Promise<string> {
  const cached = tokens.get(username);
  if (cached) return cached;
  const reply = await call<{ accessToken: string }>('POST', '/auth/login', {
    body: { username, password: 'demo' },
  });
  if (reply.status !== 200)
    throw new Error(`login ${username}: ${reply.status} ${JSON.stringify(reply.body)}`);
  tokens.set(username, reply.body.accessToken);
  return reply.body.accessToken;
}

/** Direct SQL against the test database: to count events and to check what was written. */
export async function sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new PgClient({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Events written on behalf of people. Launched plans keep working in the background (their
 * agendas write as `system`), so "nothing was written" is judged on requests' own writes.
 */
export const eventCount = async (): Promise<number> =>
  Number(
    (
      await sql<{ n: string }>(
        `SELECT count(*) AS n FROM events WHERE metadata->'actor'->>'userId' <> 'system'`,
      )
    )[0].n,
  );

/** Polls until `probe` returns a value (not undefined), or fails after `ms`. */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  ms = 30_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Launches a plan and waits until its workflow has issued the tasks to the units. */
export async function launched(planId: string, token: string): Promise<void> {
  expect((await call('POST', `/plans/${planId}/launch`, { token })).status).toBe(200);
  await eventually(
    async () => ((await call('GET', `/plans/${planId}`, { token })).body.tasksIssuedAt ? true : undefined),
    30_000,
    `plan ${planId}'s tasks issued`,
  );
}

/** The text of a DOCX the API serves (the body's XML without its tags). */
export async function docxText(route: string, token: string): Promise<string> {
  const response = await fetch(`${apiUrl()}${route}`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
}

/**
 * A DOCX as it prints: rendered to PDF by LibreOffice (as the API prints certificates), read
 * back by pdftotext in reading order, so a test sees what a clerk's printer would, not only the
 * XML. Justified
 * lines come back with spaces where the layout stretched them (even inside a word: "h ạn"),
 * so `squashed` is the text without any whitespace, to compare with `squash(expected)`.
 */
export async function pdfText(docx: Buffer): Promise<{ text: string; pages: number; squashed: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-pdf-'));
  try {
    await writeFile(join(dir, 'report.pdf'), await docxToPdf(docx));
    const pdftotext = process.env.PDFTOTEXT ?? 'pdftotext';
    const { stdout: text } = await run(pdftotext, [join(dir, 'report.pdf'), '-']);
    return { text, pages: text.split('\f').filter((page) => page.trim()).length, squashed: squash(text) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A DOCX the API serves, downloaded. */
export async function download(route: string, token: string): Promise<Buffer> {
  const response = await fetch(`${apiUrl()}${route}`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

/** Text without whitespace, for comparing with what pdftotext reads from a justified page. */
export const squash = (text: string): string => text.replace(/\s+/g, '');
