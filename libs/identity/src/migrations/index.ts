import { CreateUsers1763683200000 } from './1763683200000-create-users';

/** The users and their units, in the gateway's schema; in order, each runs once. */
export const identityMigrations = [CreateUsers1763683200000];
