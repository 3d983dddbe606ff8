import { CreateMessagingTables1763683200000 } from '@budgetflow/messaging';
import { publicationCoreMigrations } from '@budgetflow/publication-core';

/** In order; each runs once, recorded in publication.migrations. */
export const publicationMigrations = [CreateMessagingTables1763683200000, ...publicationCoreMigrations];
