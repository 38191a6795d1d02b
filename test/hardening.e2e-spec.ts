import fs from 'node:fs';
import path from 'node:path';
import jwt from 'jsonwebtoken';
import { apiUrl, call, eventCount, jwtSecret, login } from './support/client';
import { smallPlan } from './support/fixtures';

describe('hardening users would expect', () => {
  it('sends security headers and allows no foreign origin by default', async () => {
    const response = await fetch(`${apiUrl()}/health`, { headers: { origin: 'https://evil.example' } });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a JSON body over 2 MB with 413, in the usual error shape', async () => {
    const huge = { ...smallPlan(), title: 'x'.repeat(3 * 1024 * 1024) };
    const reply = await call('POST', '/plans', { token: await login('owner'), body: huge });
    expect(reply.status).toBe(413);
    expect(reply.body).toMatchObject({ statusCode: 413 });
  });

  it('slows password guessing: too many attempts for one name get 429', async () => {
    const username = `doan-mo-${Date.now()}`;
    const limit = Number(process.env.THIDUA_LOGIN_LIMIT);
    const statuses: number[] = [];
    for (let i = 0; i < limit + 2; i++)
      statuses.push((await call('POST', '/auth/login', { body: { username, password: `sai-${i}` } })).status);
    expect(statuses.slice(0, limit).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(limit)).toEqual([429, 429]);
    // Other people on the same address still log in.
    expect((await call('POST', '/auth/login', { body: { username: 'kt', password: 'demo' } })).status).toBe(
      200,
    );
  });

  it('rejects an expired token and one signed with another key', async () => {
    const claims = { sub: 'owner', role: 'owner' };
    const expired = jwt.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 60 }, jwtSecret(), {
      issuer: 'thidua',
    });
    const forged = jwt.sign(claims, 'another-secret-of-sufficient-length', {
      issuer: 'thidua',
      expiresIn: 600,
    });
    for (const token of [expired, forged]) {
      const reply = await call('GET', '/plans', { token });
      expect(reply.status).toBe(401);
    }
  });

  it('answers a write retried with the same Idempotency-Key once, and refuses the key for another body', async () => {
    const owner = await login('owner');
    const send = (body: unknown, key: string) =>
      fetch(`${apiUrl()}/plans`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${owner}`,
          'content-type': 'application/json',
          'idempotency-key': key,
        },
        body: JSON.stringify(body),
      });
    const key = `retry-${Date.now()}`;
    const plan = smallPlan();
    const first = await send(plan, key);
    const before = await eventCount();
    const again = await send(plan, key);
    expect(again.status).toBe(first.status);
    expect(again.headers.get('idempotent-replay')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    expect(await eventCount()).toBe(before);
    const other = await send({ ...plan, title: 'Khác' }, key);
    expect(other.status).toBe(422);
    expect(((await other.json()) as { code: string }).code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('keeps tokens and passwords out of the logs', () => {
    const log = fs.readFileSync(path.resolve(__dirname, '../.data/test-logs/api.log'), 'utf8');
    expect(log).toContain('/auth/login'); // logins and authenticated calls were logged…
    expect(log).not.toMatch(/eyJ[\w-]+\.eyJ/); // …without a JWT
    expect(log).not.toMatch(/"password"/);
  });
});
