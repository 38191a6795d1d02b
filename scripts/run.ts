import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { demoOrganisations, demoUnits, demoUsers, plan863 } from '@demo';
import { seedDemo } from './lib/seed';
import { ROOT, startStack } from './lib/stack';

const log = (line: string) => console.log(`▸ ${line}`);

/** JWT_SECRET when given; else one generated on the first start and kept, so sign-ins survive a restart. */
function jwtSecret(): string {
  if (process.env.JWT_SECRET) return process.env.JWT_SECRET;
  const file = path.join(ROOT, '.data/jwt-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

async function main(): Promise<void> {
  const started = Date.now();
  const port = Number(process.env.PORT ?? 3000);
  const stack = await startStack({
    dbName: 'thidua',
    temporalPort: Number(process.env.TEMPORAL_PORT ?? 7233),
    uiPort: Number(process.env.TEMPORAL_UI_PORT ?? 8233),
    temporalDbFile: path.join(ROOT, '.data/temporal/dev.sqlite'),
    apiPort: port,
    env: { DEMO_MODE: 'true', LOG_LEVEL: process.env.LOG_LEVEL ?? 'info', JWT_SECRET: jwtSecret() },
    log,
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const demo = await seedDemo(stack.apiUrl, log).catch(async (error: unknown) => {
    await stack.stop();
    throw error;
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const logins = demoLogins();
  console.log(`
ThiDua is running (healthy in ${seconds} s). Ctrl-C stops everything.

  Web UI         ${stack.apiUrl}/   (log in with a demo account below)
  API            ${stack.apiUrl}
  OpenAPI        ${stack.apiUrl}/docs
  Health         ${stack.apiUrl}/health
  Temporal UI    ${stack.temporal.uiUrl ?? '(none in this profile)'}   (workflow plan-${demo.planId})
  Processes      ${stack.profile} profile: Temporal ${stack.temporal.address}, ${stack.workers.length} worker(s), ${stack.env.API_PROCESSES} API process(es)
  Database       ${stack.databaseUrl}

  Demo plan      Kế hoạch ${plan863.number} — ${demo.status}, ${demo.assignments} assignments  (GET /plans/${demo.planId})
  Report         GET /plans/${demo.planId}/reports/consolidated?format=docx (or xlsx, json)
  Reward         Giấy khen, Quyết định số ${demo.decision}: GET /nominations/${demo.nominationId} and …/certificate
  Demo logins    password "demo", by organisation (neither commune sees the other's work):
${logins}
  Try            curl -s -X POST ${stack.apiUrl}/auth/login -H 'content-type: application/json' -d '{"username":"owner","password":"demo"}'
`);
}

/** The demo accounts, one line per organisation; a council is written as its first … last member. */
function demoLogins(): string {
  const organisationOf = (unit: string): string =>
    demoOrganisations.some((o) => o.code === unit)
      ? unit
      : organisationOf(demoUnits.find((u) => u.code === unit)?.parentCode ?? '');
  const lines = [{ code: undefined as string | undefined, name: 'Cả hệ thống' }, ...demoOrganisations].map(
    (org) => {
      const users = demoUsers.filter(
        (u) => (u.unitCode ? organisationOf(u.unitCode) : u.organisation) === org.code,
      );
      if (users.length === 0) return '';
      const council = users.filter((u) => u.role === 'council');
      const names = [
        ...users
          .filter((u) => u.role !== 'council' && u.role !== 'unit')
          .map((u) => (u.role === 'standing' ? `${u.username} (standing agency)` : u.username)),
        ...(council.length ? [`${council[0].username} (chair) … ${council.at(-1)!.username}`] : []),
        ...users.filter((u) => u.role === 'unit').map((u) => u.username),
      ];
      return `    ${org.name.padEnd(22)} ${names.join(', ')}`;
    },
  );
  return lines.filter(Boolean).join('\n');
}

main().catch((error: unknown) => {
  console.error('✗', error instanceof Error ? error.message : error);
  process.exit(1);
});
