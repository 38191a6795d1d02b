import 'reflect-metadata';
import cluster from 'node:cluster';
import { AppConfig, loadConfig } from '@platform/config';
import { createApp } from './bootstrap';

async function serve(): Promise<void> {
  const app = await createApp();
  const { PORT, HOST } = app.get(AppConfig);
  await app.listen(PORT, HOST);
}

/**
 * API_PROCESSES > 1: Node's cluster module. This process forks that many API processes sharing
 * its port; it hands out connections round-robin (the default on Linux) and starts again one that
 * dies. Chosen over a proxy: no extra program or hop, and every process is the same `main.js`.
 * The processes share nothing in memory that matters: sessions are tokens, login throttling and
 * import jobs live in PostgreSQL.
 */
function supervise(processes: number): void {
  let stopping = false;
  const fork = () =>
    cluster.fork().on('exit', (code, signal) => {
      if (stopping) return;
      console.error(`API process exited (${signal ?? code}); starting another`);
      setTimeout(fork, 1000);
    });
  for (let i = 0; i < processes; i++) fork();
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const child of Object.values(cluster.workers ?? {})) child?.process.kill(signal);
    cluster.once('exit', function wait() {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      else cluster.once('exit', wait);
    });
  };
  process.on('SIGTERM', stop).on('SIGINT', stop);
}

const config = loadConfig();
if (cluster.isPrimary && config.API_PROCESSES > 1) {
  // A demo's secret made up at start must be one for all, or a token works in one process only.
  process.env.JWT_SECRET = config.JWT_SECRET;
  supervise(config.API_PROCESSES);
} else
  serve().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
