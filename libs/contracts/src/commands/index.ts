export * from './command-contract';
export * from './budget-commands';
export * from './portal-commands';
export * from './reconcile-commands';
