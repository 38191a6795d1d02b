import type { MigrationInterface, QueryRunner } from 'typeorm';

/** People, their accounts and role grants over dates, per organisation (projections of `people-*`). */
export class People1764547200000 implements MigrationInterface {
  name = 'People1764547200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE people (
      id uuid PRIMARY KEY, organisation_code text NOT NULL, full_name text NOT NULL,
      position text, unit_code text)`);
    await q.query(`CREATE INDEX people_organisation ON people (organisation_code)`);
    await q.query(`CREATE TABLE accounts (
      id text PRIMARY KEY, person_id uuid NOT NULL, organisation_code text NOT NULL,
      active boolean NOT NULL, must_change_password boolean NOT NULL, opened_at timestamptz NOT NULL)`);
    await q.query(`CREATE INDEX accounts_organisation ON accounts (organisation_code)`);
    await q.query(`CREATE TABLE grants (
      id uuid PRIMARY KEY, username text NOT NULL, organisation_code text NOT NULL, role text NOT NULL,
      unit_code text, council_post text, deputy boolean NOT NULL DEFAULT false,
      valid_from date NOT NULL, valid_to date, revoked_on date, revoke_reason text)`);
    await q.query(`CREATE INDEX grants_username ON grants (username)`);
    await q.query(`CREATE INDEX grants_organisation_role ON grants (organisation_code, role)`);
    // Accounts opened for people hold their roles in grants, not in the credentials row.
    await q.query(`ALTER TABLE users ALTER COLUMN role DROP NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM users WHERE role IS NULL`);
    await q.query(`ALTER TABLE users ALTER COLUMN role SET NOT NULL`);
    await q.query(`DROP TABLE grants`);
    await q.query(`DROP TABLE accounts`);
    await q.query(`DROP TABLE people`);
  }
}
