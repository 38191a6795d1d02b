import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { Client } from 'pg';
import { dropDatabase } from '@platform/database';
import { freePort, startChild, waitFor, type Child } from './processes';
import { frontendReady, type TemporalServer } from './temporal';

const run = promisify(execFile);

/** How long closed workflows stay readable in Temporal; ThiDua's own record is its event store. */
const RETENTION = '30 days';

/** Ports the services use among themselves: any free ones, taken afresh at every start. */
const INTERNAL_PORTS = [
  'TEMPORAL_HTTP_PORT',
  'TEMPORAL_FRONTEND_MEMBERSHIP_PORT',
  'TEMPORAL_HISTORY_PORT',
  'TEMPORAL_HISTORY_MEMBERSHIP_PORT',
  'TEMPORAL_MATCHING_PORT',
  'TEMPORAL_MATCHING_MEMBERSHIP_PORT',
  'TEMPORAL_WORKER_PORT',
  'TEMPORAL_WORKER_MEMBERSHIP_PORT',
];

export interface TemporalServerOptions {
  /** .tools/temporal-server: the binaries and the PostgreSQL schema (scripts/ensure-temporal-server.sh). */
  home: string;
  /** The project's config folder, holding production.yaml and its dynamic config. */
  configDir: string;
  port: number;
  /** Any database on the PostgreSQL server Temporal keeps its state in (only the server is used). */
  databaseUrl: string;
  /** Temporal's two databases are `<name>` and `<name>_visibility`. */
  dbName: string;
  /** Drop both first (tests). */
  scratch?: boolean;
  logFile?: string;
  log: (line: string) => void;
}

/**
 * The real Temporal server with PostgreSQL persistence and visibility, every service in one
 * process: its two databases created and migrated by the server's own schema tool, then the
 * server started with the project's config and the `default` namespace registered.
 */
export async function startTemporalServer(options: TemporalServerOptions): Promise<TemporalServer> {
  const started = Date.now();
  const server = new URL(options.databaseUrl);
  const names = [options.dbName, `${options.dbName}_visibility`];
  for (const [name, schema] of [
    [names[0], 'temporal'],
    [names[1], 'visibility'],
  ]) {
    if (options.scratch) await dropDatabase(onDatabase(server, name));
    await migrate(options.home, server, name, schema);
  }
  const internalPorts = Object.fromEntries(
    // Below the system's ephemeral range: Temporal keeps membership ports in a smallint column.
    await Promise.all(INTERNAL_PORTS.map(async (name) => [name, String(await freePort([20_000, 32_000]))])),
  );
  const env = {
    TEMPORAL_PORT: String(options.port),
    ...internalPorts,
    TEMPORAL_DB: names[0],
    TEMPORAL_VISIBILITY_DB: names[1],
    TEMPORAL_DB_ADDRESS: `${server.hostname}:${server.port || 5432}`,
    TEMPORAL_DB_USER: decodeURIComponent(server.username || 'postgres'),
    TEMPORAL_DB_PASSWORD: decodeURIComponent(server.password),
    TEMPORAL_DYNAMIC_CONFIG: path.join(options.configDir, 'dynamicconfig/production.yaml'),
  };
  const address = `127.0.0.1:${options.port}`;
  const args = [
    '--root',
    options.configDir,
    '--config',
    '.',
    '--env',
    'production',
    '--allow-no-auth',
    'start',
  ];
  const child: Child = startChild(
    'temporal',
    path.join(options.home, 'bin/temporal-server'),
    args,
    env,
    options.logFile,
  );
  const connected = () =>
    Connection.connect({ address, connectTimeout: 1000 }).then((c) => c.close().then(() => true));
  await waitFor(`the Temporal server at ${address}`, connected, 90_000, child);
  await registerDefaultNamespace(address);
  await waitFor(`the default namespace at ${address}`, () => frontendReady(address), 60_000, child);
  options.log(
    `Temporal server (PostgreSQL ${names.join(', ')}) ready at ${address} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return { address, reused: false, stop: () => child.stop() };
}

function onDatabase(server: URL, name: string): string {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates the database when missing, sets up the schema once, then brings it to the binary's version. */
async function migrate(home: string, server: URL, name: string, schema: string): Promise<void> {
  const admin = new Client({ connectionString: onDatabase(server, 'postgres') });
  await admin.connect();
  let fresh: boolean;
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    fresh = !rowCount;
    if (fresh) await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
  const tool = path.join(home, 'bin/temporal-sql-tool');
  const connection = [
    '--plugin',
    'postgres12',
    '--ep',
    server.hostname,
    '-p',
    server.port || '5432',
    '-u',
    decodeURIComponent(server.username || 'postgres'),
    ...(server.password ? ['--pw', decodeURIComponent(server.password)] : []),
    '--db',
    name,
  ];
  if (fresh) await run(tool, [...connection, 'setup-schema', '-v', '0.0']);
  await run(tool, [...connection, 'update-schema', '-d', path.join(home, 'schema', schema, 'versioned')]);
}

async function registerDefaultNamespace(address: string): Promise<void> {
  const connection = await Connection.connect({ address });
  try {
    await connection.workflowService.registerNamespace({
      namespace: 'default',
      workflowExecutionRetentionPeriod: msToTs(RETENTION),
    });
  } catch (error) {
    // A server restarted on its databases has it already.
    if (!/already exists|AlreadyExists/i.test(String(error))) throw error;
  } finally {
    await connection.close();
  }
}
