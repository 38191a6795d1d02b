import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '@kernel';
import type { CommandResult, Snapshot } from '@platform/workflow/contracts';
import { defineRoute } from '@platform/workflow/route';
import type { DecisionNumberRequest } from '@modules/nomination/nomination.route';
import type {
  ConsiderationCommand,
  ConsiderationDecision,
  ConsiderationState,
} from './consideration.decider';
import type { ConsiderationSubject } from './consideration.rules';

/** One body's yearly consideration: `consideration-<body>-<year>`. */
export const considerationStreamId = (considerationId: string): string => `consideration-${considerationId}`;
export interface ConsiderationWorkflowInput {
  considerationId: string;
  snapshot?: Snapshot<ConsiderationState>;
}
export const considerationUpdate = defineUpdate<CommandResult, [ConsiderationCommand]>(
  'consideration.command',
);
export const considerationQuery = defineQuery<Snapshot<ConsiderationState>>('consideration.state');

export const considerationRoute = defineRoute({
  workflowType: 'considerationWorkflow',
  workflowId: considerationStreamId,
  input: (considerationId: string): ConsiderationWorkflowInput => ({ considerationId }),
  update: considerationUpdate,
});

/** A signed decision's recipients, written into the organisation's records over the years. */
export interface GrantedTitles {
  organisation: string;
  year: number;
  decision: Pick<ConsiderationDecision, 'form' | 'number' | 'signedOn' | 'issuer'>;
  subjects: ConsiderationSubject[];
  actor: Actor;
}

/** What the consideration's workflow asks of the world; the worker implements it. */
export interface ConsiderationActivities {
  takeDecisionNumber(request: DecisionNumberRequest): Promise<{ number: string }>;
  recordGrantedTitles(granted: GrantedTitles): Promise<void>;
}
