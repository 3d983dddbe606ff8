import type { MigrationInterface, QueryRunner } from 'typeorm';

/** People who sign in, their role, and the units each may act for. */
export class CreateUsers1763683200000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL UNIQUE,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('submitter', 'reviewer', 'admin')),
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE user_units (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        unit_id text NOT NULL,
        PRIMARY KEY (user_id, unit_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE user_units');
    await queryRunner.query('DROP TABLE users');
  }
}
