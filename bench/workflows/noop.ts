import {
  allHandlersFinished,
  condition,
  continueAsNew,
  defineUpdate,
  setHandler,
} from '@temporalio/workflow';

export const NOOP_TASK_QUEUE = 'bench-noop';

/** The limit's workflows: the same Temporal traffic as ours with none of our work inside. */
export const touchUpdate = defineUpdate<number, [unknown]>('bench.touch');

/** Same hand-over point as our aggregates (libs/platform/src/workflow/aggregate.ts), so both pay for continue-as-new alike. */
const UPDATES_PER_RUN = 1_000;

/** Open until its updates are used up, like a unit's assignment workflow; each update does nothing. */
export async function idleWorkflow(): Promise<void> {
  let updates = 0;
  setHandler(touchUpdate, () => ++updates);
  await condition(() => updates >= UPDATES_PER_RUN);
  await condition(allHandlersFinished);
  await continueAsNew<typeof idleWorkflow>();
}

/** Starts and ends: the least a started workflow can cost. */
export async function emptyWorkflow(): Promise<void> {}
