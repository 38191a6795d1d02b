// The kernel: what every module's rules are written in. Pure TypeScript, no framework, safe in workflows.
export * from './actor';
export * from './calendar';
export * from './canonical-json';
export * from './decider';
export * from './errors';
export * from './roman';
export * from './decider-specification';
export * from './text';
export * from './sheets';
export * from './rewards';
export * from './council-vote';
