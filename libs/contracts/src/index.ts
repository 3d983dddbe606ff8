export * from './services';
export * from './subjects';
export * from './health';
export * from './events';
export * from './commands';
