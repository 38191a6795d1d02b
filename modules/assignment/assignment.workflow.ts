import { continueAsNew } from '@temporalio/workflow';
import {
  assignmentCommandUpdate,
  assignmentStateQuery,
  assignmentStreamId,
  type AssignmentWorkflowInput,
} from './assignment.route';
import { assignmentDecider } from './assignment.decider';
import { hostAggregate } from '@platform/workflow/aggregate';

/**
 * One unit's work in one plan. Started by the plan's fan-out with the unit's tasks in its input; from then
 * on the unit's members report progress, values, evidence and reports through it.
 */
export async function assignmentWorkflow(input: AssignmentWorkflowInput): Promise<void> {
  const assignment = hostAggregate({
    streamId: assignmentStreamId(input.planId, input.unitCode),
    category: 'assignment',
    planId: input.planId,
    decider: assignmentDecider,
    snapshot: input.snapshot,
    fresh: input.launched,
    update: assignmentCommandUpdate,
    query: assignmentStateQuery,
  });
  await assignment.runFirst(input.first);
  await assignment.untilHandover();
  const { planId, unitCode } = input;
  await continueAsNew<typeof assignmentWorkflow>({ planId, unitCode, snapshot: assignment.snapshot() });
}
