import { CreateMessagingTables1763683200000 } from '@budgetflow/messaging';
import { submissionCoreMigrations } from '@budgetflow/submission-core';

/** In order; each runs once, recorded in submission.migrations. */
export const submissionMigrations = [CreateMessagingTables1763683200000, ...submissionCoreMigrations];
