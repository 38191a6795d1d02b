export * from './entities';
export * from './event-store';
export * from './hash';
export * from './projector';
export * from './stored-event';
