import type { DataSource } from 'typeorm';
import { checkpointHash, toCheckpoint, type Checkpoint, type CheckpointRow } from './checkpoints';
import { inSnapshot, type Snapshot } from './cursor';
import { GENESIS_HASH, rowHash } from './hash';
import type { ChainedEventRow } from './stored-event';

export type BreakKind =
  | 'altered' // an event's content no longer matches its hash
  | 'broken_link' // an event does not follow its predecessor: removed, inserted or re-ordered
  | 'version_gap' // versions skip or repeat
  | 'head_mismatch' // the stream's head disagrees with its last event: tail cut or extended
  | 'missing_head' // events without a stream head
  | 'missing_stream' // a head or a checkpoint names a stream whose events are gone
  | 'checkpoint_mismatch' // a checkpoint's head is no longer in the stream
  | 'checkpoint_chain'; // checkpoints altered, removed or re-ordered

export interface ChainBreak {
  kind: BreakKind;
  streamId: string;
  position?: number;
  version?: number;
  detail: string;
}

export interface VerifyReport {
  ok: boolean;
  events: number;
  streams: number;
  checkpoints: number;
  latestCheckpoint?: { id: number; hash: string; createdAt: string };
  /** The first breaks found (at most `maxBreaks`), in stream order. */
  breaks: ChainBreak[];
  elapsedMs: number;
  eventsPerSecond: number;
}

type Row = ChainedEventRow;

/**
 * Walks every stream's chain in constant memory (per stream, not per event): recomputes each
 * event's hash, checks its link and version, then the stream heads and the checkpoints.
 */
export function verifyStore(
  db: DataSource,
  options: { maxBreaks?: number; onProgress?: (events: number) => void } = {},
): Promise<VerifyReport> {
  // Heads, checkpoints and events from one snapshot: appends running meanwhile are not breaks.
  return inSnapshot(db, (snapshot) => verifyIn(snapshot, options));
}

async function verifyIn(
  db: Snapshot,
  options: { maxBreaks?: number; onProgress?: (events: number) => void },
): Promise<VerifyReport> {
  const started = Date.now();
  const maxBreaks = options.maxBreaks ?? 100;
  const breaks: ChainBreak[] = [];
  const report = (b: ChainBreak) => void (breaks.length < maxBreaks && breaks.push(b));

  const heads = new Map<string, { version: number; hash: string }>(
    (
      await db.query<{ stream_id: string; version: number; last_hash: string }>(
        `SELECT stream_id, version, last_hash FROM streams`,
      )
    ).map((r) => [r.stream_id, { version: r.version, hash: r.last_hash }]),
  );
  const checkpoints: Checkpoint[] = (
    await db.query<CheckpointRow>(`SELECT * FROM checkpoints ORDER BY id`)
  ).map(toCheckpoint);
  let previousHash = GENESIS_HASH;
  for (const c of checkpoints) {
    if (c.prevHash !== previousHash || checkpointHash(c) !== c.hash)
      report({
        kind: 'checkpoint_chain',
        streamId: '',
        detail: `checkpoint ${c.id} does not follow its predecessor or was altered`,
      });
    previousHash = c.hash;
  }
  const latest = checkpoints.at(-1);
  const expectedAtCheckpoint = new Map(
    latest?.heads.map(([stream, version, hash]) => [stream, { version, hash }]),
  );

  let events = 0;
  let current: { streamId: string; version: number; hash: string } | undefined;
  const seen = new Set<string>();
  const finish = () => {
    if (!current) return;
    const head = heads.get(current.streamId);
    if (!head)
      report({ kind: 'missing_head', streamId: current.streamId, detail: 'events without a stream head' });
    else if (head.version !== current.version || head.hash !== current.hash)
      report({
        kind: 'head_mismatch',
        streamId: current.streamId,
        version: current.version,
        detail: `head says version ${head.version}, the stream ends at version ${current.version}`,
      });
  };

  await db.each<Row>(
    `SELECT position, event_id, stream_id, stream_version, type, data, metadata, occurred_at, recorded_at, prev_hash, hash
     FROM events ORDER BY stream_id, stream_version`,
    [],
    (rows) => {
      for (const row of rows) {
        if (current?.streamId !== row.stream_id) {
          finish();
          current = { streamId: row.stream_id, version: 0, hash: GENESIS_HASH };
          seen.add(row.stream_id);
        }
        const at = { streamId: row.stream_id, position: Number(row.position), version: row.stream_version };
        if (row.stream_version !== current.version + 1)
          report({
            kind: 'version_gap',
            ...at,
            detail: `expected version ${current.version + 1}, found ${row.stream_version}`,
          });
        if (row.prev_hash !== current.hash)
          report({ kind: 'broken_link', ...at, detail: 'does not link to the event before it' });
        const recomputed = rowHash(row);
        if (recomputed !== row.hash)
          report({ kind: 'altered', ...at, detail: `${row.type}: content does not match its hash` });
        const expected = expectedAtCheckpoint.get(row.stream_id);
        if (expected && expected.version === row.stream_version && expected.hash !== row.hash)
          report({
            kind: 'checkpoint_mismatch',
            ...at,
            detail: `checkpoint ${latest?.id} recorded another event here`,
          });
        current = { streamId: row.stream_id, version: row.stream_version, hash: row.hash };
        if (expected && expected.version === row.stream_version) expectedAtCheckpoint.delete(row.stream_id);
        events++;
      }
      options.onProgress?.(events);
    },
  );
  finish();
  for (const [streamId, head] of heads)
    if (head.version > 0 && !seen.has(streamId))
      report({ kind: 'missing_stream', streamId, detail: `head at version ${head.version}, no events left` });
  for (const [streamId, expected] of expectedAtCheckpoint)
    report({
      kind: seen.has(streamId) ? 'checkpoint_mismatch' : 'missing_stream',
      streamId,
      version: expected.version,
      detail: `checkpoint ${latest?.id} holds version ${expected.version} of this stream; it is no longer there`,
    });

  const elapsedMs = Date.now() - started;
  return {
    ok: breaks.length === 0,
    events,
    streams: seen.size,
    checkpoints: checkpoints.length,
    ...(latest
      ? { latestCheckpoint: { id: latest.id, hash: latest.hash, createdAt: latest.createdAt } }
      : {}),
    breaks,
    elapsedMs,
    eventsPerSecond: Math.round(events / Math.max(elapsedMs / 1000, 0.001)),
  };
}
