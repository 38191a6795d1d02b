import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { NewEvent } from '@platform/workflow/contracts';
import { migrateDatabase, openDataSource } from '@platform/database';
import type { EventStore } from '@platform/event-store';
import { provideDatabase } from '../scripts/lib/postgres';
import { ROOT } from '../scripts/lib/stack';

const PER_STREAM = 100;
const PER_APPEND = 50;
export const WRITERS = 4;
const actor = { userId: 'bench', username: 'bench', role: 'admin' as const, unitCode: 'DV001' };

/** A unit's assignment stream: opened, 30 tasks assigned, then progress reports. */
export function streamEvents(planId: string, unitCode: string, from: number, count: number): NewEvent[] {
  const occurredAt = new Date().toISOString();
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const base = { planId, unitCode };
    const [type, data] =
      i === 0
        ? ['AssignmentOpened', { ...base, unitKind: 'thon', indicators: [] }]
        : i <= 30
          ? [
              'TaskAssigned',
              {
                ...base,
                task: {
                  taskId: randomUUID(),
                  code: `T${i}`,
                  title: `Nhiệm vụ thử nghiệm số ${i} về chuyển đổi số`,
                  groupCode: 'I',
                  groupTitle: 'Nhóm I',
                  seq: i,
                  leadUnit: unitCode,
                  coordinatingUnits: [],
                  role: 'lead',
                },
              },
            ]
          : [
              'TaskProgressRecorded',
              {
                ...base,
                taskId: randomUUID(),
                taskCode: `T${1 + (i % 30)}`,
                status: 'in_progress',
                result: `Đã thực hiện bước ${i}: tuyên truyền tại thôn, tổ chức lớp kỹ năng số`,
              },
            ];
    return { eventId: randomUUID(), type, data, occurredAt };
  });
}

/** Appends `total` events as WRITERS concurrent writers, each owning its streams. */
export async function fill(
  store: EventStore,
  planId: string,
  total: number,
  onProgress: (n: number) => void,
): Promise<number> {
  const started = Date.now();
  const streams = Math.ceil(total / PER_STREAM);
  let written = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, w) => {
      for (let s = w; s < streams; s += WRITERS) {
        const streamId = `assignment-${planId}-DV${String(s).padStart(6, '0')}`;
        const size = Math.min(PER_STREAM, total - s * PER_STREAM);
        for (let v = 0; v < size; v += PER_APPEND) {
          const events = streamEvents(planId, `DV${s}`, v, Math.min(PER_APPEND, size - v));
          await store.append({
            streamId,
            category: 'assignment',
            planId,
            expectedVersion: v,
            events,
            metadata: { actor, workflowId: 'bench', runId: 'bench' },
          });
          written += events.length;
          onProgress(written);
        }
      }
    }),
  );
  return Math.round(written / ((Date.now() - started) / 1000));
}

export async function freshDb(
  name: string,
  poolSize = WRITERS + 2,
): Promise<{ db: DataSource; url: string }> {
  const { url } = await provideDatabase({
    dbName: name,
    dataDir: path.join(ROOT, '.data/pg'),
    scratch: true,
    log: () => {},
  });
  await migrateDatabase(url);
  return { db: await openDataSource(url, poolSize), url };
}
