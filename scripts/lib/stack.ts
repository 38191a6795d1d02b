import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { provideDatabase, type Database } from './postgres';
import { startChild, waitFor, type Child } from './processes';
import { startTemporal, type TemporalServer } from './temporal';
import { startTemporalServer } from './temporal-server';

/** The project root, whether this runs compiled from dist/ or as TypeScript under jest. */
export const ROOT = (function findRoot(dir: string): string {
  return fs.existsSync(path.join(dir, 'package.json')) ? dir : findRoot(path.dirname(dir));
})(__dirname);

/**
 * `dev`: the Temporal dev server (SQLite), one worker, one API process: what `npm start` and
 * `npm test` run. `production`: the real Temporal server on PostgreSQL, several workers and API
 * processes behind one port (`npm run start:production`, or PROFILE=production for tests and
 * benchmarks).
 */
export type Profile = 'dev' | 'production';

export const profileFromEnv = (): Profile => (process.env.PROFILE === 'production' ? 'production' : 'dev');

export interface StackOptions {
  dbName: string;
  /** Default: PROFILE from the environment. */
  profile?: Profile;
  /** Worker processes; default WORKERS, else 2 in production and 1 in dev. */
  workers?: number;
  /** API processes sharing the port (Node's cluster); default API_PROCESSES, else 2 in production and 1 in dev. */
  apiProcesses?: number;
  /** A throwaway `thidua_test…` database, dropped and recreated first (tests, benchmarks). */
  scratchDatabase?: boolean;
  temporalPort: number;
  /** Web UI port; none runs the server headless. */
  uiPort?: number;
  /** SQLite file that keeps Temporal's state across restarts; none keeps it in memory. */
  temporalDbFile?: string;
  apiPort: number;
  /** Where child processes write their output; none inherits the terminal. */
  logDir?: string;
  env?: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

export interface Stack {
  apiUrl: string;
  databaseUrl: string;
  profile: Profile;
  temporal: TemporalServer;
  env: NodeJS.ProcessEnv;
  workers: Child[];
  /** The API's one process, or the cluster's primary, which forks and supervises the others. */
  api: Child;
  restartWorker(): Promise<void>;
  /** kill -9 of every worker: none gets a chance to finish anything. */
  killWorker(): Promise<void>;
  /** Starts again every worker that is not running. */
  startWorker(): void;
  /** Stops the Temporal server and starts it again on the same port and storage. */
  restartTemporal(pauseMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** PostgreSQL (migrated), Temporal, the workers and the API: the real system, in order. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const { log } = options;
  const profile = options.profile ?? profileFromEnv();
  const count = (given: number | undefined, variable: string) =>
    given ?? Number(process.env[variable] ?? (profile === 'production' ? 2 : 1));
  const workerCount = count(options.workers, 'WORKERS');
  const apiProcesses = count(options.apiProcesses, 'API_PROCESSES');
  const logFile = (name: string) => (options.logDir ? path.join(options.logDir, `${name}.log`) : undefined);

  const provide = () =>
    provideDatabase({
      dbName: options.dbName,
      dataDir: path.join(ROOT, '.data/pg'),
      scratch: options.scratchDatabase,
      log,
    });
  let database: Database;
  let launchTemporal: (first: boolean) => Promise<TemporalServer>;
  let temporal: TemporalServer;
  if (profile === 'production') {
    const home = process.env.TEMPORAL_SERVER_HOME;
    if (!home)
      throw new Error('TEMPORAL_SERVER_HOME is not set: run through scripts/ensure-temporal-server.sh');
    // Temporal keeps its state on the same PostgreSQL server, so that comes first.
    database = await provide();
    launchTemporal = (first) =>
      startTemporalServer({
        home,
        configDir: path.join(ROOT, 'deploy/temporal'),
        port: options.temporalPort,
        databaseUrl: database.url,
        dbName: `${options.dbName}_temporal`,
        scratch: first && options.scratchDatabase,
        logFile: logFile('temporal'),
        log,
      });
    temporal = await launchTemporal(true);
  } else {
    const binary = process.env.TEMPORAL_CLI;
    if (!binary) throw new Error('TEMPORAL_CLI is not set: run through scripts/start.sh or scripts/test.sh');
    launchTemporal = () =>
      startTemporal({
        binary,
        port: options.temporalPort,
        uiPort: options.uiPort,
        dbFile: options.temporalDbFile,
        logFile: logFile('temporal'),
        log,
      });
    [database, temporal] = await Promise.all([provide(), launchTemporal(true)]);
  }
  const env: NodeJS.ProcessEnv = {
    DATABASE_URL: database.url,
    TEMPORAL_ADDRESS: temporal.address,
    PORT: String(options.apiPort),
    API_PROCESSES: String(apiProcesses),
    // A stack nobody gave a secret to signs with a fresh one; its tokens die with it.
    JWT_SECRET: process.env.JWT_SECRET || randomBytes(32).toString('base64url'),
    ...options.env,
  };
  const node = (name: string, main: string) =>
    startChild(name, process.execPath, [path.join(ROOT, main)], env, logFile(name));
  const startWorkerProcess = (i: number) =>
    node(workerCount > 1 ? `worker-${i + 1}` : 'worker', 'dist/apps/worker/src/main.js');
  const workers = Array.from({ length: workerCount }, (_, i) => startWorkerProcess(i));
  const api = node('api', 'dist/apps/api/src/main.js');
  const apiUrl = `http://127.0.0.1:${options.apiPort}`;
  try {
    await waitFor(
      'the API to report healthy',
      () => fetch(`${apiUrl}/health`).then((r) => r.ok),
      60_000,
      api,
    );
  } catch (error) {
    // Leave nothing running behind a failed start.
    await Promise.all([api.stop(), ...workers.map((w) => w.stop())]);
    await temporal.stop();
    await database.stop();
    throw error;
  }
  const running = (w: Child) => w.process.exitCode === null && w.process.signalCode === null;

  return {
    apiUrl,
    databaseUrl: database.url,
    profile,
    env,
    workers,
    get temporal() {
      return temporal;
    },
    api,
    async restartWorker() {
      await Promise.all(workers.map((w) => w.stop()));
      workers.forEach((_, i) => (workers[i] = startWorkerProcess(i)));
    },
    async killWorker() {
      await Promise.all(
        workers.filter(running).map((w) => {
          const exited = new Promise((resolve) => w.process.once('exit', resolve));
          w.process.kill('SIGKILL');
          return exited;
        }),
      );
    },
    startWorker() {
      workers.forEach((w, i) => running(w) || (workers[i] = startWorkerProcess(i)));
    },
    async restartTemporal(pauseMs = 0) {
      await temporal.stop();
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      temporal = await launchTemporal(false);
    },
    async stop() {
      await Promise.all([api.stop(), ...workers.map((w) => w.stop())]);
      await temporal.stop();
      await database.stop();
    },
  };
}
