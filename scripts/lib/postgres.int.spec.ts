import path from 'node:path';
import { Client } from 'pg';
import { dropDatabase } from '@platform/database';
import { databaseUrl } from '../../test/support/client';
import { provideDatabase } from './postgres';

/** A URL on the test server for another database name. */
function on(name: string): string {
  const url = new URL(databaseUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function query<T = any>(url: string, text: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Someone's real database, named in DATABASE_URL while the tests run: the test stack must
 * build its own scratch database beside it and leave this one alone.
 */
describe('tests never touch a database they did not create', () => {
  const precious = `thidua_precious_${process.pid}`;
  const scratch = `thidua_test_guard_${process.pid}`;
  const savedUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    await query(on('postgres'), `CREATE DATABASE ${precious}`);
    await query(on(precious), `CREATE TABLE ledger (id int PRIMARY KEY, note text)`);
    await query(on(precious), `INSERT INTO ledger VALUES (1, 'Sổ theo dõi'), (2, 'Báo cáo quý')`);
    process.env.DATABASE_URL = on(precious);
  });

  afterAll(async () => {
    process.env.DATABASE_URL = savedUrl;
    if (savedUrl === undefined) delete process.env.DATABASE_URL;
    // Ours to remove: this test created both.
    await query(on('postgres'), `DROP DATABASE IF EXISTS ${precious} WITH (FORCE)`);
    await query(on('postgres'), `DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
  });

  it('builds the scratch database on the same server under its own name, twice, keeping the other', async () => {
    for (let run = 0; run < 2; run++) {
      const db = await provideDatabase({
        dbName: scratch,
        dataDir: path.resolve(__dirname, '../../.data/pg'),
        scratch: true,
        log: () => undefined,
      });
      expect(new URL(db.url).pathname).toBe(`/${scratch}`);
      expect(new URL(db.url).host).toBe(new URL(on(precious)).host);
      await db.stop();
    }
    expect(await query(on(precious), `SELECT id, note FROM ledger ORDER BY id`)).toEqual([
      { id: 1, note: 'Sổ theo dõi' },
      { id: 2, note: 'Báo cáo quý' },
    ]);
  });

  it('refuses to drop, or to use as scratch, any database not named thidua_test…', async () => {
    await expect(dropDatabase(on(precious))).rejects.toThrow(/refusing to drop database "thidua_precious_/);
    await expect(
      provideDatabase({ dbName: precious, dataDir: '', scratch: true, log: () => undefined }),
    ).rejects.toThrow(/scratch database must be named thidua_test/);
    expect(await query(on(precious), `SELECT count(*)::int AS n FROM ledger`)).toEqual([{ n: 2 }]);
  });
});
