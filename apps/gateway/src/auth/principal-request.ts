import type { Principal } from '@budgetflow/identity';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by AuthGuard from a verified access token; absent on public routes. */
    principal?: Principal;
  }
}

export type { Principal };
