import { SetMetadata } from '@nestjs/common';
import type { Role } from '@budgetflow/identity';

export const ROLES = 'budgetflow:roles';

/** Only these roles may call the route (403 AUTH.FORBIDDEN for others); the method's list wins over the class's. */
export const Roles = (...roles: [Role, ...Role[]]): MethodDecorator & ClassDecorator =>
  SetMetadata(ROLES, roles);
