import { CreateUsers1763683200000 } from './1763683200000-create-users';
import { CreateUnits1763769600000 } from './1763769600000-create-units';

/** The users, the units and who acts for which, in the gateway's schema; in order, each runs once. */
export const identityMigrations = [CreateUsers1763683200000, CreateUnits1763769600000];
