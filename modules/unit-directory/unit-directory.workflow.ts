import { continueAsNew } from '@temporalio/workflow';
import {
  UNITS_STREAM_ID,
  unitsCommandUpdate,
  unitsStateQuery,
  type UnitsWorkflowInput,
} from './unit-directory.route';
import { unitDecider } from './unit-directory.decider';
import { hostAggregate } from '@platform/workflow/aggregate';

/** The unit directory's single writer; it lives as long as the commune uses the system. */
export async function unitsWorkflow(input: UnitsWorkflowInput): Promise<void> {
  const units = hostAggregate({
    streamId: UNITS_STREAM_ID,
    category: 'unit',
    decider: unitDecider,
    snapshot: input.snapshot,
    update: unitsCommandUpdate,
    query: unitsStateQuery,
  });
  await units.untilHandover();
  await continueAsNew<typeof unitsWorkflow>({ snapshot: units.snapshot() });
}
