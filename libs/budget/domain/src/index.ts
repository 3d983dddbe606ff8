export * from './money';
export * from './document';
export * from './indicator';
export * from './catalog';
export * from './lifecycle';
export * from './errors';
export * from './diff';
