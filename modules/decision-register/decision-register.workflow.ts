import { continueAsNew } from '@temporalio/workflow';
import { hostAggregate } from '@platform/workflow/aggregate';
import { decisionRegisterDecider } from './decision-register.decider';
import {
  decisionRegisterQuery,
  decisionRegisterStreamId,
  decisionRegisterUpdate,
  type DecisionRegisterWorkflowInput,
} from './decision-register.route';

/** An issuer's register of decision numbers for a year: the one place numbers are given. */
export async function decisionRegisterWorkflow(input: DecisionRegisterWorkflowInput): Promise<void> {
  const register = hostAggregate({
    streamId: decisionRegisterStreamId(input.issuerKey, input.year),
    category: 'decision-register',
    decider: decisionRegisterDecider,
    snapshot: input.snapshot,
    update: decisionRegisterUpdate,
    query: decisionRegisterQuery,
  });
  await register.untilHandover();
  await continueAsNew<typeof decisionRegisterWorkflow>({ ...input, snapshot: register.snapshot() });
}
