import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The sections requests had before templates: the default ones, as they stood when this was written. */
const SECTIONS = JSON.stringify([
  { code: 'ket_qua', title: 'Kết quả thực hiện' },
  { code: 'han_che', title: 'Hạn chế, khó khăn' },
  { code: 'nguyen_nhan', title: 'Nguyên nhân' },
  { code: 'de_xuat', title: 'Đề xuất, kiến nghị' },
  { code: 'phuong_huong', title: 'Phương hướng, nhiệm vụ thời gian tới' },
]);

/**
 * Tasks carry the days they were started and done, as they happened (every completion of a
 * yearly task, and until when it recurs); rows from before take the
 * days they were recorded, which is what their events say (events without a day of their own).
 * Requests carry the day their figures are counted as of; alerts may be about tasks; indicator
 * values may be of any kind (counts, amounts, yes/no, checklists, breakdowns), not only ratios;
 * requests name their sender and the sections units write, and submissions carry that prose;
 * evidence may back a figure (an indicator's value for a period) as well as a task.
 */
export class FactsAsTheyHappened1765152000000 implements MigrationInterface {
  name = 'FactsAsTheyHappened1765152000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assignments ADD COLUMN started_on date, ADD COLUMN done_on date`);
    await q.query(`ALTER TABLE report_requests ADD COLUMN as_of date, ADD COLUMN sender text`);
    await q.query(`ALTER TABLE report_requests ADD COLUMN sections jsonb NOT NULL DEFAULT '${SECTIONS}'`);
    await q.query(`ALTER TABLE report_requests ALTER COLUMN sections DROP DEFAULT`);
    await q.query(`ALTER TABLE report_submissions ADD COLUMN sections jsonb NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE report_submissions ALTER COLUMN sections DROP DEFAULT`);
    await q.query(`ALTER TABLE alerts ALTER COLUMN request_id DROP NOT NULL`);
    await q.query(
      `ALTER TABLE evidence ALTER COLUMN task_id DROP NOT NULL, ALTER COLUMN task_code DROP NOT NULL,
         ADD COLUMN indicator_code text, ADD COLUMN period text`,
    );
    await q.query(`CREATE INDEX evidence_figure_idx ON evidence (plan_id, indicator_code, period)`);
    await q.query(`ALTER TABLE alerts ADD COLUMN task_codes jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE alerts ALTER COLUMN task_codes DROP DEFAULT`);
    await q.query(`ALTER TABLE indicator_values ADD COLUMN kind text NOT NULL DEFAULT 'ratio'`);
    await q.query(`ALTER TABLE indicator_values ALTER COLUMN kind DROP DEFAULT`);
    await q.query(
      `ALTER TABLE indicator_values ADD COLUMN value double precision, ADD COLUMN detail jsonb,
         ALTER COLUMN numerator DROP NOT NULL, ALTER COLUMN denominator DROP NOT NULL,
         ALTER COLUMN percent DROP NOT NULL, ALTER COLUMN met DROP NOT NULL`,
    );
    await q.query(`UPDATE assignments SET done_on = (done_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`);
    await q.query(
      `UPDATE assignments SET started_on = COALESCE(done_on, (updated_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)
        WHERE status <> 'not_started'`,
    );
    await q.query(
      `ALTER TABLE assignments ADD COLUMN recurring_until date, ADD COLUMN completions jsonb NOT NULL DEFAULT '[]'`,
    );
    await q.query(
      `UPDATE assignments SET completions = jsonb_build_array(to_char(done_on, 'YYYY-MM-DD')) WHERE done_on IS NOT NULL`,
    );
    await q.query(`ALTER TABLE assignments ALTER COLUMN completions DROP DEFAULT`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM indicator_values WHERE kind <> 'ratio'`);
    await q.query(
      `ALTER TABLE indicator_values DROP COLUMN kind, DROP COLUMN value, DROP COLUMN detail,
         ALTER COLUMN numerator SET NOT NULL, ALTER COLUMN denominator SET NOT NULL,
         ALTER COLUMN percent SET NOT NULL, ALTER COLUMN met SET NOT NULL`,
    );
    await q.query(`DELETE FROM evidence WHERE task_id IS NULL`);
    await q.query(
      `ALTER TABLE evidence DROP COLUMN indicator_code, DROP COLUMN period,
         ALTER COLUMN task_id SET NOT NULL, ALTER COLUMN task_code SET NOT NULL`,
    );
    await q.query(`ALTER TABLE alerts DROP COLUMN task_codes`);
    await q.query(`DELETE FROM alerts WHERE request_id IS NULL`);
    await q.query(`ALTER TABLE alerts ALTER COLUMN request_id SET NOT NULL`);
    await q.query(`ALTER TABLE report_submissions DROP COLUMN sections`);
    await q.query(`ALTER TABLE report_requests DROP COLUMN as_of, DROP COLUMN sender, DROP COLUMN sections`);
    await q.query(
      `ALTER TABLE assignments DROP COLUMN started_on, DROP COLUMN done_on, DROP COLUMN recurring_until, DROP COLUMN completions`,
    );
  }
}
