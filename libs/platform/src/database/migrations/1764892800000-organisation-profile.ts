import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An organisation's issuing body, standing agency and rule set, as its admin set them. */
export class OrganisationProfile1764892800000 implements MigrationInterface {
  name = 'OrganisationProfile1764892800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE units ADD COLUMN profile jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE units DROP COLUMN profile`);
  }
}
