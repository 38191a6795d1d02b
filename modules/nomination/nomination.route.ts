import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CommandResult, Snapshot } from '@platform/workflow/contracts';
import type { NominationCommand, NominationState } from './nomination.decider';

/** One nomination from proposal to decision. */
export const nominationStreamId = (nominationId: string): string => `nomination-${nominationId}`;
export const nominationWorkflowId = nominationStreamId;
export interface NominationWorkflowInput {
  nominationId: string;
  planId: string;
  snapshot?: Snapshot<NominationState>;
}
export const nominationCommandUpdate = defineUpdate<CommandResult, [NominationCommand]>('nomination.command');
export const nominationStateQuery = defineQuery<Snapshot<NominationState>>('nomination.state');
