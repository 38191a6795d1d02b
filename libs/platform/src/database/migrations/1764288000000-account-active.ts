import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An account can be disabled: its tokens stop working on the next request. */
export class AccountActive1764288000000 implements MigrationInterface {
  name = 'AccountActive1764288000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN active`);
  }
}
