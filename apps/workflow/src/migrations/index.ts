import { CreateMessagingTables1763683200000 } from '@budgetflow/messaging';
import { workflowCoreMigrations } from '@budgetflow/workflow-core';

/** In order; each runs once, recorded in workflow.migrations. */
export const workflowMigrations = [CreateMessagingTables1763683200000, ...workflowCoreMigrations];
