import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Work across levels: a plan that carries out a higher level's plan links to it (and to the
 * task it answers), and a nomination referred to the next level is handled by that organisation.
 */
export class Cascade1764806400000 implements MigrationInterface {
  name = 'Cascade1764806400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plans ADD COLUMN parent_plan_id uuid, ADD COLUMN parent_task_code text`);
    await q.query(`CREATE INDEX plans_parent ON plans (parent_plan_id) WHERE parent_plan_id IS NOT NULL`);
    await q.query(`ALTER TABLE nominations ADD COLUMN organisation_code text`);
    await q.query(
      `CREATE INDEX nominations_organisation ON nominations (organisation_code) WHERE organisation_code IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX nominations_organisation`);
    await q.query(`ALTER TABLE nominations DROP COLUMN organisation_code`);
    await q.query(`DROP INDEX plans_parent`);
    await q.query(`ALTER TABLE plans DROP COLUMN parent_plan_id, DROP COLUMN parent_task_code`);
  }
}
