import type { Actor } from '@kernel';

export const TASK_QUEUE = 'thidua';

/** Projection rows by projection name, as plain JSON (dates arrive as ISO strings). */
export type ProjectedRows = Record<string, Array<Record<string, unknown>>>;

/**
 * What every accepted command answers: where the aggregate's stream now stands, and the
 * projection rows its events left, so the API answers without reading them back. A command
 * that changed nothing (a repeat) appends nothing and carries no rows.
 */
export interface CommandResult {
  streamId: string;
  version: number;
  appended: number;
  rows: ProjectedRows;
}

/** Carried across continue-as-new so the new run starts where the old one stopped. */
export interface Snapshot<S> {
  state: S;
  version: number;
}

/** Metadata stored beside every event: who, on whose behalf, from which workflow run. */
export interface EventMetadata {
  actor: Actor;
  workflowId: string;
  runId: string;
  correlationId?: string;
  causationId?: string;
}

export interface NewEvent {
  eventId: string;
  type: string;
  data: unknown;
  occurredAt: string;
}

export interface AppendRequest {
  streamId: string;
  /** Stream category and owning plan, so audits can gather a plan's streams. */
  category: string;
  planId?: string;
  expectedVersion: number;
  events: NewEvent[];
  metadata: EventMetadata;
}

export interface AppendResult {
  version: number;
  /** False when every event was already stored by an earlier attempt. */
  written: boolean;
  /** The rows of the inline projections the events touched, as they stand after the append. */
  rows: ProjectedRows;
}
