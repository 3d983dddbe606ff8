export * from './event-envelope';
export * from './budget-events';
