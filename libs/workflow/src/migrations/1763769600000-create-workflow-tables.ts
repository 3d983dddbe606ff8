import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * budgets: the lifecycle state of each budget (a read model fed by events and changed by
 * reviewers), with `row_version` for optimistic concurrency and the head of its audit chain.
 * audit_trail: append-only (a trigger refuses UPDATE and DELETE), each entry hashed with the
 * previous entry's hash of the same budget. comments: reviewers' comments on a budget or an item.
 */
export class CreateWorkflowTables1763769600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE budgets (
        id uuid PRIMARY KEY,
        unit_id text NOT NULL,
        unit_name text NOT NULL,
        fiscal_year integer NOT NULL,
        state text NOT NULL,
        version integer NOT NULL DEFAULT 0,
        row_version integer NOT NULL DEFAULT 0,
        review_due_at timestamptz,
        findings jsonb,
        findings_version integer,
        audit_count integer NOT NULL DEFAULT 0,
        audit_head text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX budgets_by_unit ON budgets (unit_id, fiscal_year)');
    await queryRunner.query('CREATE INDEX budgets_by_state ON budgets (state)');
    await queryRunner.query(`
      CREATE TABLE audit_trail (
        budget_id uuid NOT NULL REFERENCES budgets (id),
        sequence integer NOT NULL,
        at timestamptz NOT NULL,
        actor text NOT NULL,
        action text NOT NULL,
        from_state text,
        to_state text,
        version integer,
        reason text,
        correlation_id text NOT NULL,
        event_id uuid,
        previous_hash text NOT NULL,
        hash text NOT NULL,
        PRIMARY KEY (budget_id, sequence)
      )`);
    await queryRunner.query(`
      CREATE FUNCTION audit_trail_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit trail is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_trail_append_only BEFORE UPDATE OR DELETE ON audit_trail
      FOR EACH ROW EXECUTE FUNCTION audit_trail_is_append_only()`);
    await queryRunner.query(`
      CREATE TABLE comments (
        id uuid PRIMARY KEY,
        budget_id uuid NOT NULL REFERENCES budgets (id),
        version integer NOT NULL,
        author text NOT NULL,
        text text NOT NULL,
        path text,
        label text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX comments_by_budget ON comments (budget_id, created_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE comments');
    await queryRunner.query('DROP TABLE audit_trail');
    await queryRunner.query('DROP FUNCTION audit_trail_is_append_only');
    await queryRunner.query('DROP TABLE budgets');
  }
}
