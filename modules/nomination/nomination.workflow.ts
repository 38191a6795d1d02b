import { condition, continueAsNew, proxyActivities } from '@temporalio/workflow';
import { SYSTEM_ACTOR } from '@kernel';
import { hostAggregate, type AggregateHost } from '@platform/workflow/aggregate';
import {
  authorityOf,
  dueNominationEvents,
  nextNominationDeadline,
  nominationDecider,
  type NominationCommand,
  type NominationEvent,
  type NominationState,
} from './nomination.decider';
import {
  nominationCommandUpdate,
  nominationStateQuery,
  nominationStreamId,
  type NominationActivities,
  type NominationWorkflowInput,
} from './nomination.route';

// Another aggregate's update: a regular activity, retried until the register answers. It
// takes well under a second, so a worker that died holding it is given up on quickly.
const { takeDecisionNumber, refer, reportOutcome } = proxyActivities<NominationActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/**
 * The chairman signs: the register gives the next number, then the decision is recorded with
 * it. Both steps run inside the nomination's lock, after deciding again, so nothing changes the
 * nomination between them: the register never gives a number that is not then signed, and a
 * retry (or a worker that died in between) gets the same number back, never a second one.
 */
async function sign(command: NominationCommand, host: AggregateHost<NominationState, NominationEvent>) {
  const state = host.state();
  if (command.type !== 'Sign' || state.status !== 'awaiting_decision') return host.unchanged();
  const { issuer, register, signer, deputy, signedOn, suffix, restrictions } = command.data;
  const { number } = await takeDecisionNumber({
    nominationId: state.nominationId,
    issuer,
    ...(register ? { register } : {}),
    year: Number(signedOn.slice(0, 4)),
    suffix,
    actor: command.actor,
  });
  const decision = {
    number,
    signedOn,
    signer,
    ...(deputy ? { deputy } : {}),
    authority: authorityOf(state),
    issuer,
  };
  return host.decideAndRecord(
    () =>
      nominationDecider.decide(
        host.state(),
        { type: 'SignDecision', data: { decision, restrictions }, actor: command.actor },
        host.now(),
      ),
    command.actor,
  );
}

/**
 * Sent up to a level that runs ThiDua: once recorded here, the dossier is handed to that
 * level's own nomination (retried until it has it; receiving it twice changes nothing there).
 */
async function forward(command: NominationCommand, host: AggregateHost<NominationState, NominationEvent>) {
  const result = await host.decideAndRecord(
    () => nominationDecider.decide(host.state(), command, host.now()),
    command.actor,
  );
  const state = host.state();
  if (command.type === 'ForwardToCity' && command.data.to && state.status === 'forwarded' && state.referral)
    await refer({ from: state, to: state.referral, letter: command.data.letter, actor: command.actor });
  return result;
}

/** A referral's final outcome goes back to the nomination it came from. */
async function reportBack(state: NominationState): Promise<void> {
  if (state.status === 'absent' || !state.referredFrom) return;
  const { nominationId, planId } = state;
  await reportOutcome({
    to: { nominationId: state.referredFrom.nominationId, planId },
    referralId: nominationId,
    ...(state.decision
      ? { decision: state.decision }
      : { declined: { status: state.status, reason: declineReason(state) } }),
  });
}

const declineReason = (state: Exclude<NominationState, { status: 'absent' }>): string =>
  state.tally && !state.tally.passed
    ? `${state.tally.yes} phiếu đồng ý (${state.tally.yesPercent} %)`
    : (state.rejection ?? '');

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
    processes: { Sign: sign, ForwardToCity: forward },
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
    await reportBack(nomination.state());
    // Finished: answer the last commands (repeats are harmless) and let the run end.
    await condition(() => nomination.handoverDue(), '1 day');
    if (!nomination.handoverDue()) return;
  }
  await nomination.untilHandover();
  await continueAsNew<typeof nominationWorkflow>({ ...input, snapshot: nomination.snapshot() });
}
