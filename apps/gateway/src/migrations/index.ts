import { identityMigrations } from '@budgetflow/identity';

/** In order; each runs once, recorded in gateway.migrations. */
export const gatewayMigrations = [...identityMigrations];
