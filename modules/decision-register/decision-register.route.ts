import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CommandResult, Snapshot } from '@platform/workflow/contracts';
import { defineRoute } from '@platform/workflow/route';
import type { DecisionRegister, DecisionRegisterCommand } from './decision-register.decider';

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

export interface DecisionRegisterKey {
  issuerKey: string;
  year: number;
}

export const decisionRegisterRoute = defineRoute({
  workflowType: 'decisionRegisterWorkflow',
  workflowId: ({ issuerKey, year }: DecisionRegisterKey) => decisionRegisterWorkflowId(issuerKey, year),
  input: ({ issuerKey, year }: DecisionRegisterKey): DecisionRegisterWorkflowInput => ({ issuerKey, year }),
  update: decisionRegisterUpdate,
});
