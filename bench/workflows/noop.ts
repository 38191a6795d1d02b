import {
  allHandlersFinished,
  condition,
  continueAsNew,
  defineUpdate,
  proxyLocalActivities,
  setHandler,
} from '@temporalio/workflow';

export const NOOP_TASK_QUEUE = 'bench-noop';

/** The limit's workflows: the same Temporal traffic as ours with none of our work inside. */
export const touchUpdate = defineUpdate<number, [unknown]>('bench.touch');
/** The same, through one local activity that does nothing: what our write path costs Temporal alone. */
export const touchThroughActivityUpdate = defineUpdate<number, [unknown]>('bench.touchThroughActivity');

/** The noop worker's only activity. */
export interface NoopActivities {
  nothing(): Promise<void>;
}
const { nothing } = proxyLocalActivities<NoopActivities>({ startToCloseTimeout: '30 seconds' });

/** Same hand-over point as our aggregates (libs/platform/src/workflow/aggregate.ts), so both pay for continue-as-new alike. */
const UPDATES_PER_RUN = 1_000;

/** Open until its updates are used up, like a unit's assignment workflow; each update does nothing. */
export async function idleWorkflow(): Promise<void> {
  let updates = 0;
  setHandler(touchUpdate, () => ++updates);
  setHandler(touchThroughActivityUpdate, async () => {
    await nothing();
    return ++updates;
  });
  await condition(() => updates >= UPDATES_PER_RUN);
  await condition(allHandlersFinished);
  await continueAsNew<typeof idleWorkflow>();
}

/** Starts and ends: the least a started workflow can cost. */
export async function emptyWorkflow(): Promise<void> {}
