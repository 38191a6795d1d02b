import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { provideDatabase, type Database } from './postgres';
import { startChild, waitFor, type Child } from './processes';
import { startTemporal, type TemporalServer } from './temporal';

/** The project root, whether this runs compiled from dist/ or as TypeScript under jest. */
export const ROOT = (function findRoot(dir: string): string {
  return fs.existsSync(path.join(dir, 'package.json')) ? dir : findRoot(path.dirname(dir));
})(__dirname);

export interface StackOptions {
  dbName: string;
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
  temporal: TemporalServer;
  env: NodeJS.ProcessEnv;
  worker: Child;
  api: Child;
  restartWorker(): Promise<void>;
  /** kill -9: the worker gets no chance to finish anything. */
  killWorker(): Promise<void>;
  startWorker(): void;
  /** Stops the Temporal server and starts it again on the same port and SQLite file. */
  restartTemporal(pauseMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** PostgreSQL (migrated), the Temporal dev server, the worker and the API: the real system, in order. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const { log } = options;
  const logFile = (name: string) => (options.logDir ? path.join(options.logDir, `${name}.log`) : undefined);
  const binary = process.env.TEMPORAL_CLI;
  if (!binary) throw new Error('TEMPORAL_CLI is not set: run through scripts/start.sh or scripts/test.sh');

  const temporalOptions = {
    binary,
    port: options.temporalPort,
    uiPort: options.uiPort,
    dbFile: options.temporalDbFile,
    logFile: logFile('temporal'),
    log,
  };
  const [database, firstTemporal]: [Database, TemporalServer] = await Promise.all([
    provideDatabase({
      dbName: options.dbName,
      dataDir: path.join(ROOT, '.data/pg'),
      scratch: options.scratchDatabase,
      log,
    }),
    startTemporal(temporalOptions),
  ]);
  let temporal = firstTemporal;
  const env: NodeJS.ProcessEnv = {
    DATABASE_URL: database.url,
    TEMPORAL_ADDRESS: temporal.address,
    PORT: String(options.apiPort),
    // A stack nobody gave a secret to signs with a fresh one; its tokens die with it.
    JWT_SECRET: process.env.JWT_SECRET || randomBytes(32).toString('base64url'),
    ...options.env,
  };
  const node = (name: string, main: string) =>
    startChild(name, process.execPath, [path.join(ROOT, main)], env, logFile(name));
  let worker = node('worker', 'dist/apps/worker/src/main.js');
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
    await Promise.all([api.stop(), worker.stop()]);
    await temporal.stop();
    await database.stop();
    throw error;
  }

  return {
    apiUrl,
    databaseUrl: database.url,
    env,
    get worker() {
      return worker;
    },
    get temporal() {
      return temporal;
    },
    api,
    async restartWorker() {
      await worker.stop();
      worker = node('worker', 'dist/apps/worker/src/main.js');
    },
    async killWorker() {
      const exited = new Promise((resolve) => worker.process.once('exit', resolve));
      worker.process.kill('SIGKILL');
      await exited;
    },
    startWorker() {
      worker = node('worker', 'dist/apps/worker/src/main.js');
    },
    async restartTemporal(pauseMs = 0) {
      await temporal.stop();
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      temporal = await startTemporal(temporalOptions);
    },
    async stop() {
      await Promise.all([api.stop(), worker.stop()]);
      await temporal.stop();
      await database.stop();
    },
  };
}
