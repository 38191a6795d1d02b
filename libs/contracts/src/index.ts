import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor, PlanCommand, PlanState } from '../../domain/src';

export const TASK_QUEUE = 'thidua';

export const planStreamId = (planId: string): string => `plan-${planId}`;
export const planWorkflowId = (planId: string): string => `plan-${planId}`;

/** What every accepted command answers: where the aggregate's stream now stands. */
export interface CommandResult {
  streamId: string;
  version: number;
  appended: number;
}

export interface PlanWorkflowInput {
  planId: string;
  /** Carried across continue-as-new so the new run starts where the old one stopped. */
  snapshot?: { state: PlanState; version: number };
}

export const planCommandUpdate = defineUpdate<CommandResult, [PlanCommand]>('plan.command');
export const planStateQuery = defineQuery<{ state: PlanState; version: number }>('plan.state');

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
