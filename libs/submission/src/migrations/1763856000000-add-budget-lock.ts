import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A budget is locked from submission until the finance bureau returns it: no edits meanwhile. */
export class AddBudgetLock1763856000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE budgets ADD COLUMN locked boolean NOT NULL DEFAULT false');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE budgets DROP COLUMN locked');
  }
}
