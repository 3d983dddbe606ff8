export * from './nats-connection';
export * from './budget-stream';
export * from './nats-health';
export * from './messaging-tables.sql';
export * from './outbox/outbox-writer';
export * from './create-messaging-tables.migration';
export * from './outbox/outbox-relay';
export * from './consumer/event-consumer';
