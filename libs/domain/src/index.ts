export * from './canonical-json';
export * from './actor';
export * from './errors';
export * from './messages';
export * from './plan/definition';
export * from './plan/rules';
export * from './plan/plan';
