import { CreateMessagingTables1763683200000 } from '@budgetflow/messaging';

/** In order; each runs once, recorded in workflow.migrations. */
export const workflowMigrations = [CreateMessagingTables1763683200000];
