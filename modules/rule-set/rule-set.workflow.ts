import { continueAsNew } from '@temporalio/workflow';
import { hostAggregate } from '@platform/workflow/aggregate';
import { ruleSetDecider } from './rule-set.decider';
import {
  RULE_SETS_STREAM_ID,
  ruleSetsQuery,
  ruleSetsUpdate,
  type RuleSetsWorkflowInput,
} from './rule-set.route';

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
