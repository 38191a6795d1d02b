import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Units keep their history (former names and parents, end by merger or dissolution); kinds are data. */
export class UnitHistory1764374400000 implements MigrationInterface {
  name = 'UnitHistory1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE units
      ADD COLUMN valid_from date,
      ADD COLUMN ended_on date,
      ADD COLUMN merged_into text,
      ADD COLUMN former_names jsonb NOT NULL DEFAULT '[]',
      ADD COLUMN former_parents jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`CREATE INDEX units_parent ON units (parent_code)`);
    await q.query(`CREATE TABLE unit_kinds (id text PRIMARY KEY, label text NOT NULL, level text NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE unit_kinds`);
    await q.query(`DROP INDEX units_parent`);
    await q.query(`ALTER TABLE units DROP COLUMN valid_from, DROP COLUMN ended_on, DROP COLUMN merged_into,
      DROP COLUMN former_names, DROP COLUMN former_parents`);
  }
}
