import { createHash } from 'node:crypto';
import { canonicalJson } from '@kernel';
import type { ChainedEventRow } from './stored-event';

export const GENESIS_HASH = '';

export interface HashedFields {
  streamId: string;
  version: number;
  eventId: string;
  type: string;
  data: unknown;
  metadata: unknown;
  occurredAt: string;
  recordedAt: string;
  prevHash: string;
}

/** SHA-256 over the canonical form of an event and its predecessor's hash: one link of a stream's chain. */
export function eventHash(fields: HashedFields): string {
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}

/** A stored row's columns, as a reader of the events table gets them. */
export type HashedRow = Omit<ChainedEventRow, 'position' | 'hash'>;

/** Recomputes the link a stored row should carry: what verification compares with its `hash`. */
export const rowHash = (row: HashedRow): string =>
  eventHash({
    streamId: row.stream_id,
    version: row.stream_version,
    eventId: row.event_id,
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    occurredAt: row.occurred_at.toISOString(),
    recordedAt: row.recorded_at.toISOString(),
    prevHash: row.prev_hash,
  });
