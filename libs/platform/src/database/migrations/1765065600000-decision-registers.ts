import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Decision numbers are unique within a register: an organisation's own (by its code), or for
 * numbers from before organisations, the issuer's by name — as those were kept.
 */
export class DecisionRegisters1765065600000 implements MigrationInterface {
  name = 'DecisionRegisters1765065600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE decision_numbers ADD COLUMN register text`);
    await q.query(`UPDATE decision_numbers SET register = issuer`);
    await q.query(`ALTER TABLE decision_numbers ALTER COLUMN register SET NOT NULL`);
    await q.query(`ALTER TABLE decision_numbers DROP CONSTRAINT decision_numbers_issuer_year_seq_key`);
    await q.query(
      `ALTER TABLE decision_numbers ADD CONSTRAINT decision_numbers_register_year_seq_key UNIQUE (register, year, seq)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE decision_numbers DROP CONSTRAINT decision_numbers_register_year_seq_key`);
    await q.query(
      `ALTER TABLE decision_numbers ADD CONSTRAINT decision_numbers_issuer_year_seq_key UNIQUE (issuer, year, seq)`,
    );
    await q.query(`ALTER TABLE decision_numbers DROP COLUMN register`);
  }
}
