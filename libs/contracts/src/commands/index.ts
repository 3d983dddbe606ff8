export * from './command-contract';
export * from './budget-commands';
