export * from './event-envelope';
export * from './finding.schema';
export * from './budget-events';
