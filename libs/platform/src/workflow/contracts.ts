import type { Actor } from '@kernel';

export const TASK_QUEUE = 'thidua';

/** What every accepted command answers: where the aggregate's stream now stands. */
export interface CommandResult {
  streamId: string;
  version: number;
  appended: number;
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
}
