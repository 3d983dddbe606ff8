export * from './postgres-database';
