import { CreateMessagingTables1763683200000 } from './1763683200000-create-messaging-tables';

/** In order; each runs once, recorded in publication.migrations. */
export const publicationMigrations = [CreateMessagingTables1763683200000];
