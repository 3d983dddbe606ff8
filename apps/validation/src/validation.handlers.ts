import { jetstream } from '@nats-io/jetstream';
import {
  BudgetValidated,
  CheckDraft,
  Revalidate,
  eventSubject,
  GetDraft,
  GetVersion,
  type CommandContext,
  type EventEnvelope,
} from '@budgetflow/contracts';
import {
  bindCommand,
  CommandClient,
  requireServiceActor,
  type CommandBinding,
  type ServiceResources,
} from '@budgetflow/service-kit';
import { frozenVersionMismatch, validateBudgetDocument, validatedEvent } from '@budgetflow/validation-core';

const asService = (correlationId: string): CommandContext => ({
  correlationId,
  actor: { id: 'validation', name: 'validation service', role: 'service' },
  scope: { all: true },
});

/** Validation keeps nothing: it reads frozen versions and drafts from submission over NATS. */
export class ValidationHandlers {
  private readonly client: CommandClient;

  constructor(private readonly resources: ServiceResources) {
    this.client = new CommandClient(
      resources.settings.NATS_URL,
      resources.settings.BUDGETFLOW_NAMESPACE,
      'validation-client',
      10_000,
    );
  }

  /**
   * budget.v1.submitted → budget.v1.validated. Published straight to JetStream (there is no state
   * to commit with it) under an id derived from the submission, so a redelivery changes nothing.
   */
  async onSubmitted(event: EventEnvelope<{ version: number; contentHash?: string }>): Promise<string> {
    const frozen = await this.client.call(GetVersion, asService(event.correlationId), {
      budgetId: event.budgetId,
      version: event.data.version,
    });
    if (event.data.contentHash !== undefined && frozen.contentHash !== event.data.contentHash)
      throw frozenVersionMismatch(event.data.contentHash, frozen.contentHash);
    const validated = validatedEvent(event, validateBudgetDocument(frozen.document));
    const problems = BudgetValidated.errors(validated);
    if (problems.length > 0)
      throw new Error(`refusing to emit an invalid validated event: ${problems.join('; ')}`);
    await jetstream(this.resources.nats).publish(
      eventSubject(this.resources.settings.BUDGETFLOW_NAMESPACE, 'validated'),
      JSON.stringify(validated),
      { msgID: validated.id },
    );
    return validated.id;
  }

  commands(): CommandBinding<never>[] {
    return [
      bindCommand(CheckDraft, async ({ context, payload }) => {
        // The caller's own scope: a draft it may not see is not found.
        const draft = await this.client.call(GetDraft, context, payload);
        return validateBudgetDocument(draft.document);
      }),
      // The workflow's reconciler: a submission that waited too long for its validated event.
      // Validated again under the id derived from the submitted event, so nothing is doubled.
      bindCommand(Revalidate, async ({ context, payload }) => {
        requireServiceActor(context);
        const eventId = await this.onSubmitted({
          id: payload.submittedEventId,
          type: 'budget.v1.submitted',
          occurredAt: new Date().toISOString(),
          budgetId: payload.budgetId,
          correlationId: context.correlationId,
          actor: { kind: 'service', id: 'workflow' },
          data: { version: payload.version },
        });
        return { eventId };
      }),
    ] as CommandBinding<never>[];
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
