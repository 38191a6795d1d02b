import {
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  proxyLocalActivities,
  uuid4,
} from '@temporalio/workflow';
import {
  planCommandUpdate,
  planStateQuery,
  planStreamId,
  type PlanActivities,
  type PlanWorkflowInput,
} from './plan.route';
import { agendaEvents, needsPendingUnits, nextAgendaItem, type AgendaItem } from './plan.agenda';
import { planDecider, type ActivePlan, type PlanState } from './plan.decider';
import { SYSTEM_ACTOR } from '@kernel';
import { LOCAL_ACTIVITY_OPTIONS } from '@platform/workflow/activities';
import { hostAggregate, type Aggregate } from '@platform/workflow/aggregate';

const { pendingUnits, unfinishedTasks } = proxyLocalActivities<PlanActivities>(LOCAL_ACTIVITY_OPTIONS);

// The fan-out may take minutes for thousands of units: a regular activity that heartbeats,
// resumable because every unit's issue is idempotent.
const { issueAssignments } = proxyActivities<PlanActivities>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

type Plan = Aggregate<
  PlanState,
  Parameters<typeof planDecider.decide>[1],
  ReturnType<typeof planDecider.decide>[number]
>;

/**
 * One plan, from draft to its end: the single writer of the plan's stream. Commands arrive
 * as updates; once launched, the plan runs its own agenda: it issues the tasks, starts and
 * ends phases, requests periodic reports, reminds, and marks what is overdue.
 */
export async function planWorkflow(input: PlanWorkflowInput): Promise<void> {
  const plan = hostAggregate({
    streamId: planStreamId(input.planId),
    category: 'plan',
    planId: input.planId,
    decider: planDecider,
    snapshot: input.snapshot,
    update: planCommandUpdate,
    query: planStateQuery,
    // Patched: runs recorded before the plan reloaded its stream must replay without it.
    rehydrate: input.snapshot ? true : patched('rehydrate-from-store'),
  });

  // Started by a create that was then rejected: nothing to keep running.
  if (patched('end-abandoned-plan') && !(await condition(() => plan.state().status !== 'absent', '1 minute')))
    return;

  if (patched('plan-agenda')) await runAgenda(plan);

  // A plan lives for years: hand over to a fresh run before the history grows large.
  await plan.untilHandover();
  await continueAsNew<typeof planWorkflow>({ planId: input.planId, snapshot: plan.snapshot() });
}

/** Waits for the next dated item (or for a command that changes the agenda) and carries it out. */
async function runAgenda(plan: Plan): Promise<void> {
  await condition(() => plan.state().status === 'launched' || plan.handoverDue());
  while (!plan.handoverDue()) {
    const current = plan.state() as ActivePlan;
    if (!current.tasksIssued) {
      await plan.exclusive(async () => {
        const { planId } = plan.state() as ActivePlan;
        const issued = await issueAssignments({ planId, actor: SYSTEM_ACTOR });
        await plan.decideAndRecord(
          () =>
            (plan.state() as ActivePlan).tasksIssued
              ? []
              : [{ type: 'TasksIssued', data: { planId, ...issued } }],
          SYSTEM_ACTOR,
        );
      });
      continue;
    }
    // Patched: plans running before tasks were chased replay their agenda without them.
    const next = nextAgendaItem(current, { taskDeadlines: patched('task-deadlines') });
    const version = plan.version();
    const changed = () => plan.version() !== version || plan.handoverDue();
    const wait = next ? Date.parse(next.at) - Date.now() : undefined;
    if (wait === undefined) await condition(changed);
    else if (wait > 0 && (await condition(changed, wait))) continue;
    if (next) await plan.exclusive(() => carryOut(plan, next));
  }
}

async function carryOut(plan: Plan, item: AgendaItem): Promise<void> {
  const state = plan.state() as ActivePlan;
  if (state.done.includes(item.key)) return; // done while we waited for the lock
  const request = 'requestId' in item ? state.requests[item.requestId] : undefined;
  const pending =
    needsPendingUnits(item) && request ? await pendingUnits(request.requestId, request.units) : [];
  const unfinished = 'tasks' in item ? await unfinishedTasks(state.planId, item.tasks, item.dueOn) : [];
  await plan.record(agendaEvents(state, item, pending, uuid4, unfinished), SYSTEM_ACTOR);
}
