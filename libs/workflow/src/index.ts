export * from './migrations';
export * from './audit/audit-chain';
export * from './persistence/workflow.repository';
export * from './use-cases/workflow-deps';
export * from './use-cases/events/on-budget-events.handlers';
export * from './use-cases/commands/review-decisions.handlers';
export * from './use-cases/queries/budget-queries.handlers';
export * from './use-cases/deadlines/review-overdue.handler';
