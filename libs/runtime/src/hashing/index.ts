export * from './content-hash';
