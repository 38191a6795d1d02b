import { condition, continueAsNew } from '@temporalio/workflow';
import {
  nominationCommandUpdate,
  nominationStateQuery,
  nominationStreamId,
  type NominationWorkflowInput,
} from './nomination.route';
import { dueNominationEvents, nextNominationDeadline, nominationDecider } from './nomination.decider';
import { SYSTEM_ACTOR } from '@kernel';
import { hostAggregate } from '@platform/workflow/aggregate';

const FINAL = new Set(['rejected', 'not_approved', 'not_selected', 'decided']);

/**
 * One nomination's approval path. People move it by commands; the workflow itself ends the
 * public posting on its date and escalates an appraisal that outruns its working-day SLA.
 */
export async function nominationWorkflow(input: NominationWorkflowInput): Promise<void> {
  const nomination = hostAggregate({
    streamId: nominationStreamId(input.nominationId),
    category: 'nomination',
    planId: input.planId,
    decider: nominationDecider,
    snapshot: input.snapshot,
    update: nominationCommandUpdate,
    query: nominationStateQuery,
  });
  const status = () => nomination.state().status;
  // Started by a proposal that was then refused: nothing to keep.
  if (!(await condition(() => status() !== 'absent', '1 minute'))) return;

  while (!nomination.handoverDue() && !FINAL.has(status())) {
    const deadline = nextNominationDeadline(nomination.state());
    const version = nomination.version();
    const changed = () => nomination.version() !== version || nomination.handoverDue();
    if (deadline === undefined) {
      await condition(changed);
      continue;
    }
    const wait = Date.parse(deadline) - Date.now();
    if (wait > 0 && (await condition(changed, wait))) continue;
    await nomination.exclusive(() =>
      nomination.decideAndRecord(
        () => dueNominationEvents(nomination.state(), new Date(Date.now())),
        SYSTEM_ACTOR,
      ),
    );
  }
  if (FINAL.has(status())) {
    // Finished: answer the last commands (repeats are harmless) and let the run end.
    await condition(() => nomination.handoverDue(), '1 day');
    if (!nomination.handoverDue()) return;
  }
  await nomination.untilHandover();
  await continueAsNew<typeof nominationWorkflow>({ ...input, snapshot: nomination.snapshot() });
}
