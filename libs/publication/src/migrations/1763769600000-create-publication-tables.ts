import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * publications: one per approved budget version, pending until posted on the portal; the portal
 * index is the posted rows. artifacts: the rendered files, immutable, with their content hashes.
 * deliveries: each outbound target's progress for a publication.
 */
export class CreatePublicationTables1763769600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE publications (
        budget_id uuid NOT NULL,
        version integer NOT NULL,
        unit_id text NOT NULL,
        unit_name text NOT NULL,
        fiscal_year integer NOT NULL,
        approved_at timestamptz NOT NULL,
        deadline_at timestamptz NOT NULL,
        publish_at timestamptz,
        state text NOT NULL CHECK (state IN ('pending', 'posted')),
        posted_at timestamptz,
        supersedes_version integer,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        PRIMARY KEY (budget_id, version)
      )`);
    await queryRunner.query(
      `CREATE INDEX publications_posted ON publications (unit_id, fiscal_year, version) WHERE state = 'posted'`,
    );
    await queryRunner.query(`
      CREATE TABLE artifacts (
        budget_id uuid NOT NULL,
        version integer NOT NULL,
        format text NOT NULL,
        content_type text NOT NULL,
        content bytea NOT NULL,
        content_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (budget_id, version, format),
        FOREIGN KEY (budget_id, version) REFERENCES publications (budget_id, version)
      )`);
    await queryRunner.query(`
      CREATE FUNCTION artifacts_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'published artifacts are immutable';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER artifacts_immutable BEFORE UPDATE OR DELETE ON artifacts
      FOR EACH ROW EXECUTE FUNCTION artifacts_are_immutable()`);
    await queryRunner.query(`
      CREATE TABLE deliveries (
        budget_id uuid NOT NULL,
        version integer NOT NULL,
        target text NOT NULL,
        state text NOT NULL CHECK (state IN ('pending', 'delivered')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        delivered_at timestamptz,
        PRIMARY KEY (budget_id, version, target),
        FOREIGN KEY (budget_id, version) REFERENCES publications (budget_id, version)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE deliveries');
    await queryRunner.query('DROP TABLE artifacts');
    await queryRunner.query('DROP FUNCTION artifacts_are_immutable');
    await queryRunner.query('DROP TABLE publications');
  }
}
