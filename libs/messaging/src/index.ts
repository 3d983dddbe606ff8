export * from './nats-connection';
export * from './budget-stream';
export * from './nats-health';
export * from './messaging-tables.sql';
