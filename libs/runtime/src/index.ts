export * from './env';
export * from './database';
export * from './health';
export * from './process';
export * from './redis';
export * from './hashing';
