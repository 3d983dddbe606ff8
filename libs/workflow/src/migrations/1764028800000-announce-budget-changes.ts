import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The channel the workflow's triggers notify with the id of each budget a transaction changed. */
export const BUDGET_CHANGES_CHANNEL = 'workflow_budget_changes';

/**
 * Every write to a budget's record or its comments notifies BUDGET_CHANGES_CHANNEL with the
 * budget's id, on commit (PostgreSQL sends one notification per id per transaction). Triggers,
 * not application code, so that no write path can forget it: read caches depend on it.
 */
export class AnnounceBudgetChanges1764028800000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION announce_budget_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'budgets' THEN
          PERFORM pg_notify('${BUDGET_CHANGES_CHANNEL}', COALESCE(NEW.id, OLD.id)::text);
        ELSE
          PERFORM pg_notify('${BUDGET_CHANGES_CHANNEL}', COALESCE(NEW.budget_id, OLD.budget_id)::text);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER budgets_announce_change AFTER INSERT OR UPDATE OR DELETE ON budgets
      FOR EACH ROW EXECUTE FUNCTION announce_budget_change()`);
    await queryRunner.query(`
      CREATE TRIGGER comments_announce_change AFTER INSERT OR UPDATE OR DELETE ON comments
      FOR EACH ROW EXECUTE FUNCTION announce_budget_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER comments_announce_change ON comments');
    await queryRunner.query('DROP TRIGGER budgets_announce_change ON budgets');
    await queryRunner.query('DROP FUNCTION announce_budget_change');
  }
}
