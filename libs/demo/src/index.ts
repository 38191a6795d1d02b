export * from './plan-863';
export * from './units';
export * from './users';
export * from './reward-example';
