import { In, type EntityManager, type ObjectLiteral } from 'typeorm';
import type { StoredEvent } from './stored-event';

/**
 * A read model: a pure fold of events into rows keyed by `id`. The same `evolve` runs
 * inline in the append transaction and in an audit rebuild from the whole store.
 */
export interface Projection<Row extends ObjectLiteral & { id: string }> {
  name: string;
  entity: new () => Row;
  /** The row an event touches, or undefined when this projection ignores the event. */
  keyOf(event: StoredEvent): string | undefined;
  evolve(row: Row | undefined, event: StoredEvent): Row;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProjection = Projection<any>;

const UPSERT_CHUNK = 500;

export async function project(
  em: EntityManager,
  projections: AnyProjection[],
  events: StoredEvent[],
): Promise<void> {
  for (const projection of projections) {
    const relevant = events.filter((e) => projection.keyOf(e) !== undefined);
    if (relevant.length === 0) continue;
    const keys = [...new Set(relevant.map((e) => projection.keyOf(e) as string))];
    const current = await em.findBy(projection.entity, { id: In(keys) });
    const rows = new Map(current.map((row) => [row.id as string, row]));
    for (const event of relevant) {
      const key = projection.keyOf(event) as string;
      rows.set(key, projection.evolve(rows.get(key), event));
    }
    const all = [...rows.values()];
    for (let i = 0; i < all.length; i += UPSERT_CHUNK) {
      await em.upsert(projection.entity, all.slice(i, i + UPSERT_CHUNK), ['id']);
    }
  }
}
