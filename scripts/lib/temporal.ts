import { Connection } from '@temporalio/client';
import fs from 'node:fs';
import path from 'node:path';
import { portAnswers, startChild, waitFor, type Child } from './processes';

export interface TemporalServer {
  address: string;
  uiUrl?: string;
  reused: boolean;
  stop(): Promise<void>;
}

export async function frontendReady(address: string): Promise<boolean> {
  const connection = await Connection.connect({ address, connectTimeout: 1000 });
  try {
    await connection.workflowService.describeNamespace({ namespace: 'default' });
    return true;
  } finally {
    await connection.close();
  }
}

/**
 * Starts `temporal server start-dev` (the real server, persisted to SQLite when `dbFile`
 * is given) and waits until its frontend serves the default namespace. A server already
 * answering on the port is reused, so a second `npm start` does not fight the first.
 */
export async function startTemporal(options: {
  binary: string;
  port: number;
  uiPort?: number;
  dbFile?: string;
  logFile?: string;
  log: (line: string) => void;
}): Promise<TemporalServer> {
  const address = `127.0.0.1:${options.port}`;
  const uiUrl = options.uiPort ? `http://localhost:${options.uiPort}` : undefined;
  if (await portAnswers(options.port)) {
    await waitFor(`Temporal at ${address}`, () => frontendReady(address), 30_000);
    options.log(`reusing the Temporal server already running at ${address}`);
    return { address, uiUrl, reused: true, stop: async () => undefined };
  }
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(options.port),
    '--log-level',
    'warn',
  ];
  if (options.dbFile) {
    fs.mkdirSync(path.dirname(options.dbFile), { recursive: true });
    args.push('--db-filename', options.dbFile);
  }
  args.push(...(options.uiPort ? ['--ui-port', String(options.uiPort)] : ['--headless']));
  const started = Date.now();
  const child: Child = startChild('temporal', options.binary, args, {}, options.logFile);
  await waitFor(`the Temporal frontend at ${address}`, () => frontendReady(address), 90_000, child);
  options.log(`Temporal dev server ready at ${address} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { address, uiUrl, reused: false, stop: () => child.stop() };
}
