export * from './password-hash';
export * from './demo-users';
export * from './seed-demo-users';
export * from './migrations';
