import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CommandResult, Snapshot } from '@platform/workflow/contracts';
import { defineRoute } from '@platform/workflow/route';
import type { RuleSetCommand, RuleSetRegistry } from './rule-set.decider';

/** Published reward rule-set versions: one workflow, one stream. */
export const RULE_SETS_STREAM_ID = 'rule-sets';
export const RULE_SETS_WORKFLOW_ID = 'rule-sets';
export interface RuleSetsWorkflowInput {
  snapshot?: Snapshot<RuleSetRegistry>;
}
export const ruleSetsUpdate = defineUpdate<CommandResult, [RuleSetCommand]>('rule-sets.command');
export const ruleSetsQuery = defineQuery<Snapshot<RuleSetRegistry>>('rule-sets.state');

/** One registry of versions: its key is always the same. */
export const ruleSetRoute = defineRoute({
  workflowType: 'ruleSetsWorkflow',
  workflowId: (_key: 'rule-sets') => RULE_SETS_WORKFLOW_ID,
  input: (_key: 'rule-sets'): RuleSetsWorkflowInput => ({}),
  update: ruleSetsUpdate,
});
