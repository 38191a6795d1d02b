import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The documents offices draft and issue (reports and công văn), with the fingerprint of each issued file. */
export class ReportDocuments1765238400000 implements MigrationInterface {
  name = 'ReportDocuments1765238400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_documents (
        id uuid PRIMARY KEY,
        organisation_code text NOT NULL,
        plan_id uuid NOT NULL,
        request_id uuid,
        status text NOT NULL,
        form text NOT NULL,
        symbol text NOT NULL,
        subject text NOT NULL,
        recipients jsonb NOT NULL,
        copies jsonb NOT NULL,
        document_date date NOT NULL,
        sections jsonb NOT NULL,
        number text,
        issued_on date,
        signature jsonb,
        file_name text,
        sha256 text,
        drafted_by text NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX report_documents_plan_idx ON report_documents (plan_id)`);
    await q.query(`CREATE INDEX report_documents_request_idx ON report_documents (request_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_documents`);
  }
}
