import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A person's former units and positions, each until a day: a transfer keeps the past. */
export class PersonPosts1764979200000 implements MigrationInterface {
  name = 'PersonPosts1764979200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE people ADD COLUMN former_posts jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE people DROP COLUMN former_posts`);
  }
}
