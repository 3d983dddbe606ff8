export * from './validate-budget';
