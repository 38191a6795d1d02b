import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every plan and account belongs to an organisation: nobody sees or touches another's work. */
export class Organisations1764460800000 implements MigrationInterface {
  name = 'Organisations1764460800000';

  async up(q: QueryRunner): Promise<void> {
    // Units registered before kinds had levels were all of internal kinds.
    await q.query(`ALTER TABLE units ADD COLUMN level text NOT NULL DEFAULT 'internal'`);
    await q.query(`ALTER TABLE users ADD COLUMN organisation_code text`);
    await q.query(`ALTER TABLE plans ADD COLUMN organisation_code text`);
    await q.query(`CREATE INDEX plans_organisation ON plans (organisation_code, issued_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX plans_organisation`);
    await q.query(`ALTER TABLE plans DROP COLUMN organisation_code`);
    await q.query(`ALTER TABLE users DROP COLUMN organisation_code`);
    await q.query(`ALTER TABLE units DROP COLUMN level`);
  }
}
