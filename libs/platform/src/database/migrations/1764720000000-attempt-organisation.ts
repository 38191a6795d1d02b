import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A refused attempt keeps its account's organisation: auditors read their own subtree's only. */
export class AttemptOrganisation1764720000000 implements MigrationInterface {
  name = 'AttemptOrganisation1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attempts ADD COLUMN organisation_code text`);
    await q.query(`CREATE INDEX attempts_organisation ON attempts (organisation_code, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX attempts_organisation`);
    await q.query(`ALTER TABLE attempts DROP COLUMN organisation_code`);
  }
}
