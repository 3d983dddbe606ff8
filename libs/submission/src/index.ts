export * from './migrations';
export * from './persistence/content-hash';
export * from './seed/seed-draft-budgets';
