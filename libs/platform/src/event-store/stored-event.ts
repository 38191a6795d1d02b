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

/** An events-table row as PostgreSQL returns it. */
export interface EventDbRow {
  position: string;
  event_id: string;
  stream_id: string;
  stream_version: number;
  type: string;
  data: unknown;
  metadata: EventMetadata;
  occurred_at: Date;
  recorded_at: Date;
}

/** The row with its chain links, as the verifier and the hash read it. */
export interface ChainedEventRow extends EventDbRow {
  prev_hash: string;
  hash: string;
}
