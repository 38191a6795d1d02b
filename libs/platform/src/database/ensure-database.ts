import { Client } from 'pg';

/** Runs `fn` on the server's `postgres` database, with the name of the database `url` points at. */
async function onServer<T>(
  url: string,
  fn: (client: Client, quotedName: string, name: string) => Promise<T>,
): Promise<T> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await fn(client, `"${name.replace(/"/g, '""')}"`, name);
  } finally {
    await client.end();
  }
}

export const ensureDatabase = (url: string): Promise<{ created: boolean }> =>
  onServer(url, async (client, quoted, name) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return { created: false };
    await client.query(`CREATE DATABASE ${quoted}`);
    return { created: true };
  });

/** Every database tests and benchmarks create, and the only ones anything here may drop. */
export const SCRATCH_PREFIX = 'thidua_test';

export const isScratchName = (name: string): boolean => name.startsWith(SCRATCH_PREFIX);

/** Drops a scratch database; any other name is refused, so no run can drop data it did not create. */
export const dropDatabase = (url: string): Promise<void> =>
  onServer(url, async (client, quoted, name) => {
    if (!isScratchName(name))
      throw new Error(`refusing to drop database "${name}": only ${SCRATCH_PREFIX}… databases are scratch`);
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
  });
