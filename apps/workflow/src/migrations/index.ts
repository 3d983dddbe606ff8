import { CreateMessagingTables1763683200000 } from './1763683200000-create-messaging-tables';

/** In order; each runs once, recorded in workflow.migrations. */
export const workflowMigrations = [CreateMessagingTables1763683200000];
