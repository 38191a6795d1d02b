import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { canonicalJson } from '@kernel';
import { GENESIS_HASH } from './hash';

/** Every stream's head at one moment: [stream id, version, hash of its last event]. */
export type Heads = Array<[string, number, string]>;

export interface Checkpoint {
  id: number;
  createdAt: string;
  streams: number;
  events: number;
  heads: Heads;
  prevHash: string;
  hash: string;
}

export const checkpointHash = ({
  createdAt,
  streams,
  events,
  heads,
  prevHash,
}: Omit<Checkpoint, 'id' | 'hash'>): string =>
  createHash('sha256').update(canonicalJson({ createdAt, streams, events, heads, prevHash })).digest('hex');

/**
 * Records every stream's head, chained to the previous checkpoint. Per-stream chains keep
 * writers on different streams independent; checkpoints add what they cannot see alone: a
 * stream deleted whole (events and head), or a stream's tail cut and its head rewound.
 * Publishing the latest checkpoint's hash elsewhere anchors everything before it.
 */
export async function createCheckpoint(db: DataSource): Promise<Checkpoint>;
/** Scheduled: none when another process recorded one in the last `unlessWithinMs` (several workers share the schedule). */
export async function createCheckpoint(
  db: DataSource,
  unlessWithinMs: number,
): Promise<Checkpoint | undefined>;
export async function createCheckpoint(
  db: DataSource,
  unlessWithinMs?: number,
): Promise<Checkpoint | undefined> {
  return db.transaction('REPEATABLE READ', async (em) => {
    // One writer of checkpoints at a time keeps their chain linear.
    await em.query(`LOCK TABLE checkpoints IN EXCLUSIVE MODE`);
    if (unlessWithinMs !== undefined) {
      const [recent] = await em.query(
        `SELECT 1 FROM checkpoints WHERE created_at > now() - make_interval(secs => $1 / 1000.0) LIMIT 1`,
        [unlessWithinMs],
      );
      if (recent) return undefined;
    }
    const rows: Array<{ stream_id: string; version: number; last_hash: string }> = await em.query(
      `SELECT stream_id, version, last_hash FROM streams WHERE version > 0 ORDER BY stream_id COLLATE "C"`,
    );
    const heads: Heads = rows.map((r) => [r.stream_id, r.version, r.last_hash]);
    const [previous] = await em.query(`SELECT hash FROM checkpoints ORDER BY id DESC LIMIT 1`);
    const body = {
      createdAt: new Date().toISOString(),
      streams: heads.length,
      events: heads.reduce((n, [, version]) => n + version, 0),
      heads,
      prevHash: previous?.hash ?? GENESIS_HASH,
    };
    const hash = checkpointHash(body);
    const [{ id }] = await em.query(
      `INSERT INTO checkpoints (created_at, streams, events, heads, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [body.createdAt, body.streams, body.events, JSON.stringify(heads), body.prevHash, hash],
    );
    return { id: Number(id), ...body, hash };
  });
}

export interface CheckpointRow {
  id: string;
  created_at: Date;
  streams: number;
  events: string;
  heads: Heads;
  prev_hash: string;
  hash: string;
}

export const toCheckpoint = (r: CheckpointRow): Checkpoint => ({
  id: Number(r.id),
  createdAt: r.created_at.toISOString(),
  streams: r.streams,
  events: Number(r.events),
  heads: r.heads,
  prevHash: r.prev_hash,
  hash: r.hash,
});
