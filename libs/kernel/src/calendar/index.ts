export * from './civil';
export * from './holidays';
export * from './periods';
export * from './working-days';
