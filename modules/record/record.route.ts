import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CommandResult, Snapshot } from '@platform/workflow/contracts';
import { defineRoute } from '@platform/workflow/route';
import type { RecordCommand, Records } from './record.decider';

/** An organisation's records over the years: one stream per organisation, like its people. */
export const recordsStreamId = (organisation: string): string => `records-${organisation}`;
export interface RecordsWorkflowInput {
  organisation: string;
  snapshot?: Snapshot<Records>;
}
export const recordsUpdate = defineUpdate<CommandResult, [RecordCommand]>('records.command');
export const recordsQuery = defineQuery<Snapshot<Records>>('records.state');

export const recordsRoute = defineRoute({
  workflowType: 'recordsWorkflow',
  workflowId: recordsStreamId,
  input: (organisation: string): RecordsWorkflowInput => ({ organisation }),
  update: recordsUpdate,
});
