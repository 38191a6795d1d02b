import {
  allHandlersFinished,
  condition,
  continueAsNew,
  patched,
  setHandler,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import {
  planCommandUpdate,
  planStateQuery,
  planStreamId,
  type CommandResult,
  type PlanWorkflowInput,
} from '../libs/contracts/src';
import {
  decidePlan,
  evolvePlan,
  initialPlanState,
  type PlanCommand,
  type PlanEvent,
} from '../libs/domain/src';
import { appendEvents, loadStream } from './activities';
import { asConflict, rethrowAsFailure } from './failures';
import { serial } from './serial';

/**
 * One plan, from draft to its end: the single writer of the plan's stream. Commands
 * arrive as updates; the validator rejects a broken rule before anything is recorded.
 */
export async function planWorkflow(input: PlanWorkflowInput): Promise<void> {
  let state = input.snapshot?.state ?? initialPlanState;
  let version = input.snapshot?.version ?? 0;
  const streamId = planStreamId(input.planId);
  const oneAtATime = serial();
  // The event store is the source of truth: a plan whose workflow was lost (a new Temporal
  // server over the same database) starts from its stored events, before any command runs.
  let loaded = !!input.snapshot || !patched('rehydrate-from-store');
  if (!loaded) {
    void oneAtATime(async () => {
      const stored = await loadStream(streamId);
      state = (stored.events as PlanEvent[]).reduce(evolvePlan, state);
      version = stored.version;
      loaded = true;
    });
  }

  const now = () => new Date(Date.now());

  setHandler(planStateQuery, () => ({ state, version }));
  setHandler(
    planCommandUpdate,
    (command: PlanCommand) =>
      oneAtATime(async (): Promise<CommandResult> => {
        // Decide again: an earlier queued command may have changed the state since validation.
        const events = rethrowAsFailure(() => decidePlan(state, command, now()));
        if (events.length === 0) return { streamId, version, appended: 0 };
        const occurredAt = now().toISOString();
        const { workflowId, runId } = workflowInfo();
        await appendEvents({
          streamId,
          category: 'plan',
          planId: input.planId,
          expectedVersion: version,
          events: events.map((e) => ({ eventId: uuid4(), type: e.type, data: e.data, occurredAt })),
          metadata: { actor: command.actor, workflowId, runId },
        }).catch((error: unknown) => {
          throw asConflict(error);
        });
        version += events.length;
        state = events.reduce(evolvePlan, state);
        return { streamId, version, appended: events.length };
      }),
    // Until the stored events are loaded the handler decides alone, after loading.
    { validator: (command) => void (loaded && rethrowAsFailure(() => decidePlan(state, command, now()))) },
  );

  // Started by a create that was then rejected: nothing to keep running.
  // Patched: runs that began before this timer existed must replay without it.
  if (patched('end-abandoned-plan') && !(await condition(() => state.status !== 'absent', '1 minute')))
    return;

  // A plan lives for years: hand over to a fresh run before the history grows large.
  await condition(() => workflowInfo().continueAsNewSuggested);
  await condition(allHandlersFinished);
  await continueAsNew<typeof planWorkflow>({ planId: input.planId, snapshot: { state, version } });
}
