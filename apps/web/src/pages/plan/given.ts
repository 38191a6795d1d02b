import type { components } from '../../api/schema';

type PlanReply = components['schemas']['PlanReply'];
export type TaskDefinition = components['schemas']['TaskDto'];

/** The tasks a plan gives an organisation, as lead or coordinating unit (none without one). */
export function tasksGivenTo(plan: PlanReply | undefined, organisation: string | null | undefined) {
  if (!plan || !organisation) return [];
  const { taskGroups } = plan.definition as unknown as { taskGroups: Array<{ tasks: TaskDefinition[] }> };
  return taskGroups
    .flatMap((g) => g.tasks)
    .filter((t) => t.leadUnit === organisation || t.coordinatingUnits.includes(organisation));
}
