export * from './budget-lifecycle';
