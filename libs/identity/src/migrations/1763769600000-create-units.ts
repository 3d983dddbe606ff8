import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The budget-holding units people act for. The id is `<finance division>-<agency code>`, because
 * an agency code is only unique inside its division (130400-312 and 130529-312 are two bureaus).
 */
export class CreateUnits1763769600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE units (
        id text PRIMARY KEY CHECK (id ~ '^[0-9]{6}-[0-9A-Za-z]{1,23}$'),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Installations seeded before this table existed already assign units to users; they are
    // named after their id until the seed (or the finance bureau's unit list) names them.
    await queryRunner.query(`
      INSERT INTO units (id, name) SELECT DISTINCT unit_id, unit_id FROM user_units ON CONFLICT DO NOTHING`);
    await queryRunner.query(`
      ALTER TABLE user_units ADD CONSTRAINT user_units_unit_fk FOREIGN KEY (unit_id) REFERENCES units (id)`);
    await queryRunner.query('CREATE INDEX user_units_unit_idx ON user_units (unit_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX user_units_unit_idx');
    await queryRunner.query('ALTER TABLE user_units DROP CONSTRAINT user_units_unit_fk');
    await queryRunner.query('DROP TABLE units');
  }
}
