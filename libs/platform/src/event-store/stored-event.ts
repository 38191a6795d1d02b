import type { EventMetadata } from '@platform/workflow/contracts';

export interface StoredEvent<T extends string = string, D = unknown> {
  position: number;
  eventId: string;
  streamId: string;
  version: number;
  type: T;
  data: D;
  metadata: EventMetadata;
  occurredAt: string;
  recordedAt: string;
}
