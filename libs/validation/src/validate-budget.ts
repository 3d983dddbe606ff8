import { createHash } from 'node:crypto';
import { DomainError, parseBudgetDocument } from '@budgetflow/budget-domain';
import { validateDocument, type ValidationConfig } from '@budgetflow/budget-rules';
import type { EventEnvelope, FindingCounts, FindingMessage } from '@budgetflow/contracts';

export interface ValidationOutcome {
  counts: FindingCounts;
  findings: FindingMessage[];
}

/**
 * Runs the rule catalog on a document. A document that does not even parse (it was stored by an
 * older schema, say) is reported as one error finding per problem rather than crashing.
 */
export function validateBudgetDocument(document: unknown, config: ValidationConfig = {}): ValidationOutcome {
  const parsed = parseBudgetDocument(document);
  const findings: FindingMessage[] = parsed.ok
    ? validateDocument(parsed.document, config).map((finding) => ({
        ...finding,
        location: { ...finding.location },
      }))
    : parsed.errors.map((error) => ({
        ruleId: 'DOC-SCHEMA-001',
        severity: 'error' as const,
        message: `文档结构不符合预算文档格式：${error.message}`,
        location: { path: error.path },
      }));
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return { counts, findings };
}

/**
 * The validated event's id is derived from the submitted event's: validating the same submission
 * twice (a redelivery, a second instance) yields the same id, which JetStream de-duplicates and
 * the workflow records as processed.
 */
export function validatedEventId(submittedEventId: string): string {
  const hex = createHash('sha256').update(`budgetflow:validated:${submittedEventId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function validatedEvent(
  submitted: EventEnvelope<{ version: number }>,
  outcome: ValidationOutcome,
): EventEnvelope<{ version: number } & ValidationOutcome> {
  return {
    id: validatedEventId(submitted.id),
    type: 'budget.v1.validated',
    occurredAt: new Date().toISOString(),
    budgetId: submitted.budgetId,
    correlationId: submitted.correlationId,
    causationId: submitted.id,
    actor: { kind: 'service', id: 'validation' },
    data: { version: submitted.data.version, ...outcome },
  };
}

export const frozenVersionMismatch = (expected: string, actual: string): DomainError =>
  new DomainError(
    'VALIDATION.HASH_MISMATCH',
    `frozen version hash ${actual} differs from the submitted ${expected}`,
  );
