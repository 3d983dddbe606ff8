import type { BackendService } from './services';

/**
 * Wire names are stable strings, never derived from class names. A namespace (empty in a normal
 * installation) prefixes every subject so that isolated installations can share one broker.
 */
export function subjectPrefix(namespace: string): string {
  return namespace ? `${namespace}.` : '';
}

/** Request/reply commands from the gateway: `budgetflow.<service>.<command>`. */
export function commandSubject(namespace: string, service: BackendService, command: string): string {
  return `${subjectPrefix(namespace)}budgetflow.${service}.${command}`;
}

/** Events (facts, past tense) on the BUDGET stream: `budget.v1.<event>`. */
export function eventSubject(namespace: string, event: string, version = 1): string {
  return `${subjectPrefix(namespace)}budget.v${version}.${event}`;
}

export function budgetStreamName(namespace: string): string {
  return namespace ? `BUDGET_${namespace.toUpperCase()}` : 'BUDGET';
}

export function budgetStreamSubjects(namespace: string): string[] {
  return [`${subjectPrefix(namespace)}budget.>`];
}

/** Events a consumer gave up on, kept for inspection: `budget-dlq.<consumer>`. */
export function deadLetterSubject(namespace: string, consumer: string): string {
  return `${subjectPrefix(namespace)}budget-dlq.${consumer}`;
}

export function deadLetterStreamName(namespace: string): string {
  return namespace ? `BUDGET_DLQ_${namespace.toUpperCase()}` : 'BUDGET_DLQ';
}

/**
 * Core NATS (not stored): the id of each budget whose workflow record (state, findings, comments)
 * a committed transaction changed, or `*` when changes may have gone unannounced. Read caches
 * drop their copies on it.
 */
export function budgetChangesSubject(namespace: string): string {
  return `${subjectPrefix(namespace)}budgetflow-changes.budget`;
}
