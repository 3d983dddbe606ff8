import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';

/** Who caused an event: a person through the gateway, or a service acting on its own. */
export const ActorSchema = Type.Object(
  {
    kind: Type.Union([Type.Literal('user'), Type.Literal('service')]),
    id: Type.String({ minLength: 1, maxLength: 100 }),
    name: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type Actor = Static<typeof ActorSchema>;

/**
 * Every event on the wire: `id` doubles as the JetStream Nats-Msg-Id (server-side
 * de-duplication) and as the consumers' processed-message key.
 */
export const eventEnvelopeSchema = <T extends TSchema>(type: string, data: T) =>
  Type.Object(
    {
      id: Type.String({ pattern: '^[0-9a-f-]{36}$' }),
      type: Type.Literal(type),
      occurredAt: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T' }),
      budgetId: Type.String({ pattern: '^[0-9a-f-]{36}$' }),
      correlationId: Type.String({ minLength: 1, maxLength: 100 }),
      causationId: Type.Optional(Type.String({ maxLength: 100 })),
      actor: ActorSchema,
      data,
    },
    { additionalProperties: false },
  );

export interface EventEnvelope<D = unknown> {
  id: string;
  type: string;
  occurredAt: string;
  budgetId: string;
  correlationId: string;
  causationId?: string;
  actor: Actor;
  data: D;
}

/** An event type: its stable wire name, version and payload schema, validated on both ends. */
export interface EventContract<D> {
  /** `draft-created`: the subject is `budget.v<version>.<name>`. */
  name: string;
  version: number;
  check(envelope: unknown): envelope is EventEnvelope<D>;
  errors(envelope: unknown): string[];
}

export function defineEvent<T extends TSchema>(
  name: string,
  version: number,
  data: T,
): EventContract<Static<T>> {
  const compiled = TypeCompiler.Compile(eventEnvelopeSchema(`budget.v${version}.${name}`, data));
  return {
    name,
    version,
    check: (envelope): envelope is EventEnvelope<Static<T>> => compiled.Check(envelope),
    // Errors() walks the schema without the compiled checker: only asked once Check() said no.
    errors: (envelope) =>
      compiled.Check(envelope)
        ? []
        : [...compiled.Errors(envelope)].map((error) => `${error.path || '/'}: ${error.message}`),
  };
}
