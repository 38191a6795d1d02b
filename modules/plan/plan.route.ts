import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CommandResult, Snapshot } from '@platform/workflow/contracts';
import { defineRoute } from '@platform/workflow/route';
import type { IssueAssignmentsRequest, IssueAssignmentsResult } from '@modules/assignment/assignment.route';
import type { PlanCommand, PlanState } from './plan.decider';
import type { UnfinishedTask } from './plan.agenda';

/** One workflow and one stream per plan, both named by the plan's id. */
export const planStreamId = (planId: string): string => `plan-${planId}`;
export const planWorkflowId = (planId: string): string => `plan-${planId}`;

export interface PlanWorkflowInput {
  planId: string;
  snapshot?: Snapshot<PlanState>;
}

export const planCommandUpdate = defineUpdate<CommandResult, [PlanCommand]>('plan.command');
export const planStateQuery = defineQuery<Snapshot<PlanState>>('plan.state');

/** What the plan's workflow asks of the world; the worker implements it. */
export interface PlanActivities {
  /** Units asked by a report request that have not submitted yet (from the projection). */
  pendingUnits(requestId: string, units: string[]): Promise<string[]>;
  /** Of these tasks, the ones their lead units have not done for the deadline on `dueOn`. */
  unfinishedTasks(planId: string, taskCodes: string[], dueOn: string): Promise<UnfinishedTask[]>;
  /** Starts (or finds) each unit's assignment workflow and gives it its tasks; idempotent. */
  issueAssignments(request: IssueAssignmentsRequest): Promise<IssueAssignmentsResult>;
}

export const planRoute = defineRoute({
  workflowType: 'planWorkflow',
  workflowId: planWorkflowId,
  input: (planId: string): PlanWorkflowInput => ({ planId }),
  update: planCommandUpdate,
});
