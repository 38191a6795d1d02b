import { spawn } from 'node:child_process';
import path from 'node:path';
import jwt from 'jsonwebtoken';
import { kimThanhUnits } from '@demo';
import { call, eventCount, jwtSecret, login, sql } from './support/client';
import { smallPlan } from './support/fixtures';

/** The constant every earlier build signed with when JWT_SECRET was not set. */
const OLD_DEFAULT_SECRET = 'thidua-demo-secret-change-me-in-production';
const ROOT = path.resolve(__dirname, '..');

const sign = (claims: object, secret = jwtSecret()) =>
  jwt.sign(claims, secret, { issuer: 'thidua', expiresIn: 600 });

/** Runs a compiled entry point with exactly `env` (plus PATH) and returns how it ended. */
function boot(main: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, main)], {
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => (clearTimeout(killer), resolve({ code, output })));
  });
}

describe('a token opens only the account it names, as that account stands now', () => {
  it('refuses a token signed with the old built-in secret, even for a real account', async () => {
    const token = sign({ sub: 'admin', role: 'admin' }, OLD_DEFAULT_SECRET);
    expect((await call('GET', '/plans', { token })).status).toBe(401);
  });

  it('refuses a correctly signed token whose subject has no account, and writes nothing', async () => {
    const before = await eventCount();
    for (const unit of ['THON-KHONG-CO', 'PHUONG-MA', kimThanhUnits[0].code]) {
      const token = sign({ sub: `khong-ton-tai-${unit.toLowerCase()}`, role: 'owner', unit });
      expect((await call('GET', '/plans', { token })).status).toBe(401);
      expect((await call('POST', '/plans', { token, body: smallPlan() })).status).toBe(401);
    }
    expect(await eventCount()).toBe(before);
  });

  it("takes the role and unit from the account, not from the token's claims", async () => {
    // `kt` is a member of unit KT: claiming admin in the token changes nothing.
    const token = sign({ sub: 'kt', role: 'admin', unit: 'VHXH' });
    const reply = await call('POST', '/units', {
      token,
      body: { code: 'GIA-MAO', name: 'Đơn vị giả mạo', kind: 'thon' },
    });
    expect(reply.status).toBe(403);
    expect((await call('GET', '/me/tasks', { token })).status).toBe(200);
  });

  it('stops a disabled account: no login, and its signed token is refused', async () => {
    const username = `tam-khoa-${Date.now()}`;
    const [{ password_hash: hash }] = await sql(`SELECT password_hash FROM users WHERE username = 'kt'`);
    await sql(
      `INSERT INTO users (username, password_hash, role, unit_code, display_name, active)
       VALUES ($1, $2, 'unit', 'KT', 'Tài khoản đã khóa', false)`,
      [username, hash],
    );
    expect((await call('POST', '/auth/login', { body: { username, password: 'demo' } })).status).toBe(401);
    expect((await call('GET', '/me/tasks', { token: sign({ sub: username }) })).status).toBe(401);
    // The same account enabled works, which shows the refusal came from `active`.
    await sql(`UPDATE users SET active = true WHERE username = $1`, [username]);
    const login = await call('POST', '/auth/login', { body: { username, password: 'demo' } });
    expect(login.status).toBe(200);
  });

  it('signs tokens that carry only the subject', async () => {
    const decoded = jwt.decode(await login('owner')) as Record<string, unknown>;
    expect(decoded.sub).toBe('owner');
    expect(decoded).not.toHaveProperty('role');
    expect(decoded).not.toHaveProperty('unit');
  });
});

describe('no secret, no boot (outside demo mode)', () => {
  const cases = [
    ['the API', 'dist/apps/api/src/main.js'],
    ['the worker', 'dist/apps/worker/src/main.js'],
  ];

  it.each(cases)('%s exits non-zero and says JWT_SECRET is missing', async (_, main) => {
    const { code, output } = await boot(main, { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(code).not.toBe(0);
    expect(output).toContain('JWT_SECRET: must be set to at least 32');
  });

  it.each(cases)('%s refuses a secret shorter than 32 characters', async (_, main) => {
    const { code, output } = await boot(main, { JWT_SECRET: 'ngan-qua' });
    expect(code).not.toBe(0);
    expect(output).toContain('JWT_SECRET');
  });
});
