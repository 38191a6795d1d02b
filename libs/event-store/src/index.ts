export * from './entities';
export * from './event-store';
export * from './hash';
export * from './projector';
export * from './stored-event';
export * from './checkpoints';
export * from './cursor';
export * from './verify';
