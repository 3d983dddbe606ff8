export * from './timed';
export * from './postgres-health';
export * from './redis-health';
