export * from './password-hash';
export * from './demo-users';
export * from './seed-demo-users';
export * from './migrations';
export * from './principal';
export * from './access-token';
export * from './user.repository';
export * from './unit.repository';
