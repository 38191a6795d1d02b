import { createHash } from 'node:crypto';
import { canonicalJson } from '../../domain/src';

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
