import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Coordinators named as a group stay a group: a launched plan keeps its groups' units once, in
 * `launch_parties`, and its definition as drafted (plans launched before had the units written
 * into every task they coordinate); a task's units learn a group's label and size, beside the
 * coordinators named one by one (tasks assigned before carry every coordinator by name).
 */
export class CoordinatingGroups1765670400000 implements MigrationInterface {
  name = 'CoordinatingGroups1765670400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assignments ADD COLUMN coordinating_groups jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE assignments ALTER COLUMN coordinating_groups DROP DEFAULT`);
    await q.query(`ALTER TABLE plans ADD COLUMN launch_parties jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE plans ALTER COLUMN launch_parties DROP DEFAULT`);
    // As the plan projection now folds the launches that named groups (per task, as they did then).
    await q.query(`
      UPDATE plans p SET
        launch_parties = (
          SELECT COALESCE(jsonb_agg(jsonb_build_object(
            'label', g->'label', 'units', g->'units', 'taskCodes', jsonb_build_array(g->'taskCode'))), '[]')
            || COALESCE(launch.data->'parties', '[]')
          FROM jsonb_array_elements(COALESCE(launch.data->'groups', '[]')) g),
        definition = (
          SELECT d.data->'definition' FROM events d
          WHERE d.stream_id = launch.stream_id AND d.type IN ('PlanDrafted', 'PlanRevised')
          ORDER BY d.stream_version DESC LIMIT 1)
      FROM events launch
      WHERE launch.stream_id = 'plan-' || p.id AND launch.type = 'PlanLaunched'
        AND (launch.data ? 'groups' OR launch.data ? 'parties')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plans DROP COLUMN launch_parties`);
    await q.query(`ALTER TABLE assignments DROP COLUMN coordinating_groups`);
  }
}
