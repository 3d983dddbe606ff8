import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DROP_MESSAGING_TABLES_V1_SQL, MESSAGING_TABLES_V1_SQL } from './messaging-tables.sql';

/** The outbox and processed-message tables, first migration of every service that has events. */
export class CreateMessagingTables1763683200000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of MESSAGING_TABLES_V1_SQL) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DROP_MESSAGING_TABLES_V1_SQL) await queryRunner.query(statement);
  }
}
