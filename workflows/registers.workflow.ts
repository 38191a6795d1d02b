import { continueAsNew } from '@temporalio/workflow';
import {
  decisionRegisterQuery,
  decisionRegisterStreamId,
  decisionRegisterUpdate,
  RULE_SETS_STREAM_ID,
  ruleSetsQuery,
  ruleSetsUpdate,
  type DecisionRegisterWorkflowInput,
  type RuleSetsWorkflowInput,
} from '../libs/contracts/src';
import { decisionRegisterDecider, ruleSetDecider } from '../libs/domain/src';
import { hostAggregate } from './aggregate';

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

/** Published versions of the reward rule sets. */
export async function ruleSetsWorkflow(input: RuleSetsWorkflowInput): Promise<void> {
  const registry = hostAggregate({
    streamId: RULE_SETS_STREAM_ID,
    category: 'rule-set',
    decider: ruleSetDecider,
    snapshot: input.snapshot,
    update: ruleSetsUpdate,
    query: ruleSetsQuery,
  });
  await registry.untilHandover();
  await continueAsNew<typeof ruleSetsWorkflow>({ snapshot: registry.snapshot() });
}
