import type { components } from '../../api/schema';

type PlanReply = components['schemas']['PlanReply'];
export type TaskDefinition = components['schemas']['TaskDto'];

/**
 * The tasks a plan gives an organisation: as lead, as a coordinating unit named in the task, or
 * as one of a coordinating group's units at launch (none without an organisation).
 */
export function tasksGivenTo(plan: PlanReply | undefined, organisation: string | null | undefined) {
  if (!plan || !organisation) return [];
  const { taskGroups } = plan.definition as unknown as { taskGroups: Array<{ tasks: TaskDefinition[] }> };
  const inGroup = new Set(
    plan.launchParties.filter((p) => p.units.includes(organisation)).flatMap((p) => p.taskCodes),
  );
  return taskGroups
    .flatMap((g) => g.tasks)
    .filter(
      (t) => t.leadUnit === organisation || t.coordinatingUnits.includes(organisation) || inGroup.has(t.code),
    );
}
