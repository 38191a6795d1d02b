import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Units, task assignments, evidence, indicator values, report requests, submissions and alerts. */
export class TasksAndReporting1763942400000 implements MigrationInterface {
  name = 'TasksAndReporting1763942400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE plans
        ADD COLUMN phase text,
        ADD COLUMN tasks_issued_at timestamptz,
        ADD COLUMN assignments integer NOT NULL DEFAULT 0`);
    await q.query(`
      CREATE TABLE units (
        id text PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL,
        parent_code text,
        registered_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE assignments (
        id text PRIMARY KEY,
        plan_id uuid NOT NULL,
        task_id uuid NOT NULL,
        task_code text NOT NULL,
        group_code text NOT NULL,
        group_title text NOT NULL,
        seq integer NOT NULL,
        title text NOT NULL,
        unit_code text NOT NULL,
        role text NOT NULL,
        lead_unit text NOT NULL,
        coordinating_units jsonb NOT NULL,
        due_on date,
        status text NOT NULL,
        result text NOT NULL,
        evidence_count integer NOT NULL,
        assigned_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX assignments_plan_seq_idx ON assignments (plan_id, seq)`);
    await q.query(`CREATE INDEX assignments_unit_plan_idx ON assignments (unit_code, plan_id)`);
    await q.query(`CREATE INDEX assignments_task_idx ON assignments (task_id)`);
    await q.query(`
      CREATE TABLE evidence (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL,
        task_id uuid NOT NULL,
        task_code text NOT NULL,
        unit_code text NOT NULL,
        file_name text NOT NULL,
        media_type text NOT NULL,
        size integer NOT NULL,
        sha256 text NOT NULL,
        attached_by text NOT NULL,
        attached_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX evidence_task_idx ON evidence (task_id)`);
    // Content-addressed file bytes: written before the event that refers to them, never changed.
    await q.query(`
      CREATE TABLE evidence_blobs (
        sha256 text PRIMARY KEY,
        content bytea NOT NULL,
        size integer NOT NULL,
        stored_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE indicator_values (
        id text PRIMARY KEY,
        plan_id uuid NOT NULL,
        unit_code text NOT NULL,
        indicator_code text NOT NULL,
        period text NOT NULL,
        numerator integer NOT NULL,
        denominator integer NOT NULL,
        percent double precision NOT NULL,
        met boolean NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX indicator_values_plan_period_idx ON indicator_values (plan_id, period)`);
    await q.query(`
      CREATE TABLE report_requests (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL,
        kind text NOT NULL,
        number text,
        issued_on date NOT NULL,
        subject text NOT NULL,
        period_key text,
        period_label text,
        period_from date,
        period_to date,
        phase_code text,
        due_on date NOT NULL,
        due_at timestamptz NOT NULL,
        units jsonb NOT NULL,
        remind_days_before jsonb NOT NULL,
        reminders jsonb NOT NULL,
        overdue_units jsonb,
        requested_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX report_requests_plan_due_idx ON report_requests (plan_id, due_at)`);
    await q.query(`
      CREATE TABLE report_submissions (
        id text PRIMARY KEY,
        request_id uuid NOT NULL,
        plan_id uuid NOT NULL,
        unit_code text NOT NULL,
        submitted_at timestamptz NOT NULL,
        submitted_by text NOT NULL,
        days_late integer NOT NULL,
        late boolean NOT NULL,
        report_date date NOT NULL,
        task_results jsonb NOT NULL,
        indicator_values jsonb NOT NULL,
        note text
      )`);
    await q.query(`CREATE INDEX report_submissions_request_idx ON report_submissions (request_id)`);
    await q.query(`CREATE INDEX report_submissions_plan_unit_idx ON report_submissions (plan_id, unit_code)`);
    await q.query(`
      CREATE TABLE alerts (
        id text PRIMARY KEY,
        plan_id uuid NOT NULL,
        unit_code text NOT NULL,
        kind text NOT NULL,
        request_id uuid NOT NULL,
        message text NOT NULL,
        units jsonb NOT NULL,
        event_id uuid NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX alerts_unit_created_idx ON alerts (unit_code, created_at)`);
    await q.query(`CREATE INDEX alerts_plan_idx ON alerts (plan_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE alerts, report_submissions, report_requests, indicator_values, evidence_blobs, evidence, assignments, units`,
    );
    await q.query(
      `ALTER TABLE plans DROP COLUMN phase, DROP COLUMN tasks_issued_at, DROP COLUMN assignments`,
    );
  }
}
