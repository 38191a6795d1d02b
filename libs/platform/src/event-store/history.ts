import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { EventMetadata } from '@platform/workflow/contracts';
import { inSnapshot } from './cursor';
import { toStoredEvent, type EventDbRow } from './event-store';
import type { StoredEvent } from './stored-event';

/** One line of a plan's history, as auditors read it: who, on whose behalf, when, what. */
export interface HistoryEntry {
  position: number;
  recordedAt: string;
  occurredAt: string;
  streamId: string;
  version: number;
  type: string;
  username: string;
  role: string;
  unitCode: string | null;
  eventId: string;
  hash: string;
  data: unknown;
}

const PLAN_EVENTS = `SELECT e.position, e.event_id, e.stream_id, e.stream_version, e.type, e.data, e.metadata,
         e.occurred_at, e.recorded_at, e.hash
  FROM events e JOIN streams s ON s.stream_id = e.stream_id
  WHERE s.plan_id = $1`;

export function toHistoryEntry(row: EventDbRow & { hash: string }): HistoryEntry {
  const actor = (row.metadata as EventMetadata).actor;
  return {
    position: Number(row.position),
    recordedAt: row.recorded_at.toISOString(),
    occurredAt: row.occurred_at.toISOString(),
    streamId: row.stream_id,
    version: row.stream_version,
    type: row.type,
    username: actor.username,
    role: actor.role,
    unitCode: actor.unitCode ?? null,
    eventId: row.event_id,
    hash: row.hash,
    data: row.data,
  };
}

/** A page of a plan's history in recording order, after a position (keyset pagination). */
export async function planHistory(
  db: DataSource,
  planId: string,
  page: { after: number; limit: number },
): Promise<{ items: HistoryEntry[]; next: number | null }> {
  const rows: Array<EventDbRow & { hash: string }> = await db.query(
    `${PLAN_EVENTS} AND e.position > $2 ORDER BY e.position LIMIT $3`,
    [planId, page.after, page.limit],
  );
  const items = rows.map(toHistoryEntry);
  return { items, next: items.length === page.limit ? items[items.length - 1].position : null };
}

/** The plan's events recorded up to an instant, as stored events, for folding. */
export async function planEventsAsOf(db: DataSource, planId: string, asOf: Date): Promise<StoredEvent[]> {
  const rows: EventDbRow[] = await db.query(
    `SELECT e.position, e.event_id, e.stream_id, e.stream_version, e.type, e.data, e.metadata, e.occurred_at, e.recorded_at
     FROM events e JOIN streams s ON s.stream_id = e.stream_id
     WHERE s.plan_id = $1 AND e.recorded_at <= $2 ORDER BY e.position`,
    [planId, asOf],
  );
  return rows.map(toStoredEvent);
}

const CSV_COLUMNS: Array<keyof HistoryEntry> = [
  'position',
  'recordedAt',
  'occurredAt',
  'streamId',
  'version',
  'type',
  'username',
  'role',
  'unitCode',
  'eventId',
  'hash',
  'data',
];

/** RFC 4180: quote every field that holds a comma, a quote or a line break. */
const csvField = (value: unknown): string => {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * Streams a plan's whole history as JSON Lines or CSV through a cursor, waiting for the
 * writer to drain: memory stays flat whatever the number of events. Returns the count.
 */
export async function exportPlanHistory(
  db: DataSource,
  planId: string,
  format: 'jsonl' | 'csv',
  out: Writable,
): Promise<number> {
  let count = 0;
  const write = (chunk: string) =>
    out.write(chunk) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  if (format === 'csv') await write(`\ufeff${CSV_COLUMNS.join(',')}\r\n`);
  await inSnapshot(db, (snapshot) =>
    snapshot.each<EventDbRow & { hash: string }>(
      `${PLAN_EVENTS} ORDER BY e.position`,
      [planId],
      async (rows) => {
        const lines = rows.map((row) => {
          const entry = toHistoryEntry(row);
          return format === 'jsonl'
            ? `${JSON.stringify(entry)}\n`
            : `${CSV_COLUMNS.map((c) => csvField(entry[c])).join(',')}\r\n`;
        });
        count += rows.length;
        await write(lines.join(''));
      },
    ),
  );
  return count;
}
