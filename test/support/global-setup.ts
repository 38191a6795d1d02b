import path from 'node:path';
import { freePort } from '../../scripts/lib/processes';
import { seedDemo } from '../../scripts/lib/seed';
import { ROOT, startStack, type Stack } from '../../scripts/lib/stack';

declare global {
  var __THIDUA_STACK__: Stack | undefined;
}

/**
 * Suites log the same demo users in many times a minute (≈ 100 logins in the busiest minute of a run);
 * the throttle test reads this limit.
 */
const LOGIN_LIMIT = '200';

/** One real stack for the whole run, on its own database and ports, so a running `npm start` is never touched. */
export default async function globalSetup(): Promise<void> {
  const [temporalPort, apiPort] = [await freePort(), await freePort()];
  const logDir = path.join(ROOT, '.data/test-logs');
  const stack = await startStack({
    dbName: process.env.THIDUA_TEST_DB ?? 'thidua_test',
    scratchDatabase: true,
    temporalPort,
    apiPort,
    logDir,
    env: {
      DEMO_MODE: 'true',
      // Every request is logged, so the hardening suite can check that nothing secret is.
      LOG_LEVEL: 'info',
      JWT_TTL_SECONDS: '600',
      LOGIN_ATTEMPTS_PER_MINUTE: LOGIN_LIMIT,
    },
    log: (line) => process.stdout.write(`\n[stack] ${line}`),
  });
  process.stdout.write(
    `\n[stack] ready: API ${stack.apiUrl}, Temporal ${stack.temporal.address}, logs in ${logDir}\n`,
  );
  globalThis.__THIDUA_STACK__ = stack;
  // The same demo seed as `npm start`: tests use its units and accounts, and plan 863 proves the seed.
  const demo = await seedDemo(stack.apiUrl, (line) => process.stdout.write(`\n[stack] ${line}`)).catch(
    async (error: unknown) => {
      await stack.stop();
      throw error;
    },
  );
  process.env.THIDUA_DEMO_PLAN_ID = demo.planId;
  process.env.THIDUA_DEMO_NOMINATION_ID = demo.nominationId;
  process.env.THIDUA_API_URL = stack.apiUrl;
  process.env.THIDUA_LOGIN_LIMIT = LOGIN_LIMIT;
  process.env.THIDUA_DATABASE_URL = stack.databaseUrl;
  process.env.THIDUA_TEMPORAL_ADDRESS = stack.temporal.address;
  // Tests sign their own tokens with it to prove a valid signature alone opens nothing.
  process.env.THIDUA_JWT_SECRET = stack.env.JWT_SECRET;
}
