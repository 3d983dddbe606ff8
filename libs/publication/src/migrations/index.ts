import { CreatePublicationTables1763769600000 } from './1763769600000-create-publication-tables';

/** The publication service's own tables, after the messaging tables; each runs once, in order. */
export const publicationCoreMigrations = [CreatePublicationTables1763769600000];
