import { continueAsNew } from '@temporalio/workflow';
import { hostAggregate } from '@platform/workflow/aggregate';
import { recordsDecider } from './record.decider';
import { recordsQuery, recordsStreamId, recordsUpdate, type RecordsWorkflowInput } from './record.route';

/** An organisation's records over the years: the single writer of its stream. */
export async function recordsWorkflow(input: RecordsWorkflowInput): Promise<void> {
  const records = hostAggregate({
    streamId: recordsStreamId(input.organisation),
    category: 'records',
    decider: recordsDecider(input.organisation),
    snapshot: input.snapshot,
    update: recordsUpdate,
    query: recordsQuery,
  });
  await records.untilHandover();
  await continueAsNew<typeof recordsWorkflow>({ ...input, snapshot: records.snapshot() });
}
