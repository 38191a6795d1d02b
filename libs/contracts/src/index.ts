import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  Actor,
  AssignmentCommand,
  AssignmentState,
  DecisionRegister,
  DecisionRegisterCommand,
  NominationCommand,
  NominationState,
  RuleSetCommand,
  RuleSetRegistry,
  PlanCommand,
  PlanState,
  UnitCommand,
  UnitDirectory,
} from '../../domain/src';

export const TASK_QUEUE = 'thidua';

export const planStreamId = (planId: string): string => `plan-${planId}`;
export const planWorkflowId = (planId: string): string => `plan-${planId}`;

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

export interface PlanWorkflowInput {
  planId: string;
  snapshot?: Snapshot<PlanState>;
}

export const planCommandUpdate = defineUpdate<CommandResult, [PlanCommand]>('plan.command');
export const planStateQuery = defineQuery<Snapshot<PlanState>>('plan.state');

/** The commune's unit directory: one workflow, one stream. */
export const UNITS_STREAM_ID = 'units';
export const UNITS_WORKFLOW_ID = 'units';
export interface UnitsWorkflowInput {
  snapshot?: Snapshot<UnitDirectory>;
}
export const unitsCommandUpdate = defineUpdate<CommandResult, [UnitCommand]>('units.command');
export const unitsStateQuery = defineQuery<Snapshot<UnitDirectory>>('units.state');

/** One unit's work in one plan: started by the plan's fan-out, then written by the unit. */
export const assignmentStreamId = (planId: string, unitCode: string): string =>
  `assignment-${planId}-${unitCode}`;
export const assignmentWorkflowId = assignmentStreamId;
export interface AssignmentWorkflowInput {
  planId: string;
  unitCode: string;
  snapshot?: Snapshot<AssignmentState>;
}
export const assignmentCommandUpdate = defineUpdate<CommandResult, [AssignmentCommand]>('assignment.command');
export const assignmentStateQuery = defineQuery<Snapshot<AssignmentState>>('assignment.state');

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

/** An issuer's decision numbers for one year. */
export const decisionRegisterStreamId = (issuerKey: string, year: number): string =>
  `decisions-${issuerKey}-${year}`;
export const decisionRegisterWorkflowId = decisionRegisterStreamId;
export interface DecisionRegisterWorkflowInput {
  issuerKey: string;
  year: number;
  snapshot?: Snapshot<DecisionRegister>;
}
export const decisionRegisterUpdate = defineUpdate<CommandResult, [DecisionRegisterCommand]>(
  'decisions.command',
);
export const decisionRegisterQuery = defineQuery<Snapshot<DecisionRegister>>('decisions.state');

/** Published reward rule-set versions. */
export const RULE_SETS_STREAM_ID = 'rule-sets';
export const RULE_SETS_WORKFLOW_ID = 'rule-sets';
export interface RuleSetsWorkflowInput {
  snapshot?: Snapshot<RuleSetRegistry>;
}
export const ruleSetsUpdate = defineUpdate<CommandResult, [RuleSetCommand]>('rule-sets.command');
export const ruleSetsQuery = defineQuery<Snapshot<RuleSetRegistry>>('rule-sets.state');

/** The plan's fan-out: every participating unit receives its tasks, in batches. */
export interface IssueAssignmentsRequest {
  planId: string;
  actor: Actor;
}
export interface IssueAssignmentsResult {
  units: number;
  assignments: number;
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
