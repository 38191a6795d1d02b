import { continueAsNew, proxyActivities, uuid4 } from '@temporalio/workflow';
import { hostAggregate, type AggregateHost } from '@platform/workflow/aggregate';
import {
  considerationDecider,
  recipientsOf,
  type ConsiderationCommand,
  type ConsiderationEvent,
  type ConsiderationState,
} from './consideration.decider';
import {
  considerationQuery,
  considerationStreamId,
  considerationUpdate,
  type ConsiderationActivities,
  type ConsiderationWorkflowInput,
} from './consideration.route';

// Other aggregates' updates: retried until they answer; each takes well under a second.
const { takeDecisionNumber, recordGrantedTitles } = proxyActivities<ConsiderationActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

type Host = AggregateHost<ConsiderationState, ConsiderationEvent>;

/**
 * The head signs one decision for a form: the register gives the next number, the decision is
 * recorded with every recipient ready at that moment, then their titles go into the records.
 * All inside the consideration's lock: nothing changes the list between number and signature,
 * and a worker that dies half way resumes with the same number.
 */
async function sign(command: ConsiderationCommand, host: Host) {
  const state = host.state();
  if (command.type !== 'Sign' || state.status === 'absent') return host.unchanged();
  const { form, issuer, register, signedOn, suffix } = command.data;
  if (recipientsOf(state, form, host.now()).length === 0) return host.unchanged();
  const decisionId = `${state.considerationId}-${form}-${Object.values(state.decisions).filter((d) => d.form === form).length + 1}`;
  // The register keys what it numbers by a uuid; replayed, the workflow draws the same one.
  const { number } = await takeDecisionNumber({
    nominationId: uuid4(),
    issuer,
    register,
    year: Number(signedOn.slice(0, 4)),
    suffix,
    actor: command.actor,
  });
  const result = await host.decideAndRecord(
    () =>
      considerationDecider.decide(
        host.state(),
        { type: 'SignDecision', data: { ...command.data, decisionId, number }, actor: command.actor },
        host.now(),
      ),
    command.actor,
  );
  const signed = host.state();
  const decision = signed.status === 'absent' ? undefined : signed.decisions[decisionId];
  if (signed.status !== 'absent' && decision)
    await recordGrantedTitles({
      organisation: signed.body.organisation,
      year: signed.year,
      decision,
      subjects: Object.values(signed.proposals)
        .filter((p) => p.decisionId === decisionId)
        .map((p) => p.subject),
      actor: command.actor,
    });
  return result;
}

/** One body's yearly consideration: the single writer of its stream. */
export async function considerationWorkflow(input: ConsiderationWorkflowInput): Promise<void> {
  const consideration = hostAggregate({
    streamId: considerationStreamId(input.considerationId),
    category: 'consideration',
    decider: considerationDecider,
    snapshot: input.snapshot,
    update: considerationUpdate,
    query: considerationQuery,
    processes: { Sign: sign },
  });
  await consideration.untilHandover();
  await continueAsNew<typeof considerationWorkflow>({ ...input, snapshot: consideration.snapshot() });
}
