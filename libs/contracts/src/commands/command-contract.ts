import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { commandSubject } from '../subjects';
import type { BackendService } from '../services';

/**
 * Which units a caller may see: a submitter its own, a reviewer those assigned to it, an admin
 * all. Every command carries it and every service enforces it: a budget outside the scope is
 * answered as not found, never as forbidden, so its existence does not leak.
 */
export const ScopeSchema = Type.Union([
  Type.Object({ all: Type.Literal(true) }, { additionalProperties: false }),
  Type.Object(
    { unitIds: Type.Array(Type.String({ maxLength: 30 }), { maxItems: 1000 }) },
    { additionalProperties: false },
  ),
]);
export type Scope = Static<typeof ScopeSchema>;

export const inScope = (scope: Scope, unitId: string): boolean =>
  'all' in scope || scope.unitIds.includes(unitId);

export const CommandActorSchema = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 100 }),
    name: Type.String({ maxLength: 200 }),
    role: Type.Union([
      Type.Literal('submitter'),
      Type.Literal('reviewer'),
      Type.Literal('admin'),
      Type.Literal('service'),
    ]),
  },
  { additionalProperties: false },
);
export type CommandActor = Static<typeof CommandActorSchema>;

/** Who asks, within which scope, under which correlation id. */
export const CommandContextSchema = Type.Object(
  {
    correlationId: Type.String({ minLength: 1, maxLength: 100 }),
    actor: CommandActorSchema,
    scope: ScopeSchema,
  },
  { additionalProperties: false },
);
export type CommandContext = Static<typeof CommandContextSchema>;

export interface CommandError {
  /** Stable code (`BUDGET.NOT_FOUND`); the gateway maps it to an HTTP status. */
  code: string;
  message: string;
  details?: unknown;
}

/** A budget that does not exist or is outside the caller's scope: both read the same. */
export const budgetNotFoundError = (budgetId: string): CommandError => ({
  code: 'BUDGET.NOT_FOUND',
  message: `budget ${budgetId} was not found`,
});

/** Replies never throw across the wire: a result or a domain error with its code. */
export type CommandReply<T> = { ok: true; value: T } | { ok: false; error: CommandError };

export interface CommandContract<P, R> {
  service: BackendService;
  name: string;
  subject(namespace: string): string;
  /** Problems with a request (empty when valid), checked by the service before anything else. */
  requestErrors(request: unknown): string[];
  /** Phantom: the reply's value type. */
  readonly reply?: R;
  readonly payload?: P;
}

export type CommandRequest<P> = { context: CommandContext; payload: P };

/** `defineCommand<ReplyValue>()(service, name, payloadSchema)`: the payload type comes from the schema. */
export const defineCommand =
  <R>() =>
  <P extends TSchema>(service: BackendService, name: string, payload: P): CommandContract<Static<P>, R> => {
    const compiled = TypeCompiler.Compile(
      Type.Object({ context: CommandContextSchema, payload }, { additionalProperties: false }),
    );
    return {
      service,
      name,
      subject: (namespace) => commandSubject(namespace, service, name),
      // Errors() walks the schema without the compiled checker: only asked once Check() said no.
      requestErrors: (request) =>
        compiled.Check(request)
          ? []
          : [...compiled.Errors(request)].map((e) => `${e.path || '/'}: ${e.message}`),
    };
  };
