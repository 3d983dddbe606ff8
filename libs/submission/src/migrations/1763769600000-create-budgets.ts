import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * budgets: one per unit and fiscal year, holding the working draft. budget_versions: what was
 * submitted, frozen and never changed (numbered from 1, with the hash of its canonical JSON).
 */
export class CreateBudgets1763769600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE budgets (
        id uuid PRIMARY KEY,
        unit_id text NOT NULL,
        unit_name text NOT NULL,
        fiscal_year integer NOT NULL,
        document jsonb NOT NULL,
        document_hash text NOT NULL,
        revision integer NOT NULL DEFAULT 1,
        latest_version integer NOT NULL DEFAULT 0,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (unit_id, fiscal_year)
      )`);
    await queryRunner.query(`
      CREATE TABLE budget_versions (
        budget_id uuid NOT NULL REFERENCES budgets (id),
        number integer NOT NULL CHECK (number > 0),
        document jsonb NOT NULL,
        content_hash text NOT NULL,
        frozen_by text NOT NULL,
        frozen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (budget_id, number)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE budget_versions');
    await queryRunner.query('DROP TABLE budgets');
  }
}
