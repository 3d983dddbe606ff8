import type { CommandContext, Scope } from '@budgetflow/contracts';
import type { Role } from './demo-users';

/** Who is signed in, as carried by a verified access token. */
export interface Principal {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  /** The units this person acts for (a submitter its own, a reviewer those assigned to it). */
  unitIds: string[];
}

/** An admin sees every unit; everyone else only the units assigned to them. */
export function scopeOf(principal: Principal): Scope {
  return principal.role === 'admin' ? { all: true } : { unitIds: [...principal.unitIds] };
}

/** What every command to a backend service carries: who asks, within which scope, under which id. */
export function commandContext(principal: Principal, correlationId: string): CommandContext {
  return {
    correlationId,
    actor: { id: principal.userId, name: principal.displayName, role: principal.role },
    scope: scopeOf(principal),
  };
}
