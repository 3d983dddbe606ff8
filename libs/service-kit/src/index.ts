export * from './service-resources';
export * from './health-probe';
export * from './health.nats-controller';
export * from './backend-service';
export * from './queue-worker';
export * from './nats-commands';
export * from './command-client';
export * from './reconciler';
