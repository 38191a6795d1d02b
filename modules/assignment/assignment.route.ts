import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '@kernel';
import type { CommandResult, Snapshot } from '@platform/workflow/contracts';
import { defineRoute } from '@platform/workflow/route';
import type { AssignmentCommand, AssignmentState } from './assignment.decider';

/** One unit's work in one plan: started by the plan's fan-out, then written by the unit. */
export const assignmentStreamId = (planId: string, unitCode: string): string =>
  `assignment-${planId}-${unitCode}`;
export const assignmentWorkflowId = assignmentStreamId;
export interface AssignmentWorkflowInput {
  planId: string;
  unitCode: string;
  snapshot?: Snapshot<AssignmentState>;
  /** Started by the plan's launch, whose stream is new: nothing to load first (see hostAggregate). */
  launched?: true;
  /** The launch's IssueTasks, carried in the start (CommandGateway.open). */
  first?: AssignmentCommand;
}
export const assignmentCommandUpdate = defineUpdate<CommandResult, [AssignmentCommand]>('assignment.command');
export const assignmentStateQuery = defineQuery<Snapshot<AssignmentState>>('assignment.state');

/** The plan's fan-out: every participating unit receives its tasks, in batches. */
export interface IssueAssignmentsRequest {
  planId: string;
  actor: Actor;
}
export interface IssueAssignmentsResult {
  units: number;
  assignments: number;
}

export interface AssignmentKey {
  planId: string;
  unitCode: string;
  /** Sent by the plan's launch: a workflow it starts skips loading a stream that is new. */
  launched?: true;
}

export const assignmentRoute = defineRoute({
  workflowType: 'assignmentWorkflow',
  workflowId: ({ planId, unitCode }: AssignmentKey) => assignmentWorkflowId(planId, unitCode),
  input: ({ planId, unitCode, launched }: AssignmentKey): AssignmentWorkflowInput => ({
    planId,
    unitCode,
    ...(launched && { launched }),
  }),
  update: assignmentCommandUpdate,
});
