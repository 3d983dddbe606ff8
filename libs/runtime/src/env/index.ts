export * from './env-reader';
export * from './infrastructure-settings';
