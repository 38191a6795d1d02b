import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A task's coordinators named as a group reach its units as the group's label and size, beside
 * the coordinators named one by one; tasks assigned before carry every coordinator by name.
 */
export class CoordinatingGroups1765670400000 implements MigrationInterface {
  name = 'CoordinatingGroups1765670400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assignments ADD COLUMN coordinating_groups jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE assignments ALTER COLUMN coordinating_groups DROP DEFAULT`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assignments DROP COLUMN coordinating_groups`);
  }
}
