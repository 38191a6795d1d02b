import type { PlanDefinition, ResolvedGroup } from '@modules/plan/plan.definition';
import type { AssignedTask } from './assignment.decider';

/**
 * Splits a plan into what each unit receives: every task goes to its lead unit and to each
 * coordinating unit, named or in one of the task's groups as the launch resolved them, in plan
 * order. `taskId` names tasks (a name-based UUID in practice).
 *
 * A unit learns the coordinators named one by one, but of a group only its label and size: a
 * province's “các xã, phường” is thousands of codes, and copied into every one of its units' tasks
 * the launch would grow with the square of them.
 */
export function tasksByUnit(
  /** As drafted: its tasks name their coordinators and groups. */
  def: PlanDefinition,
  taskId: (code: string) => string,
  groups: ResolvedGroup[] = [],
): Map<string, AssignedTask[]> {
  const byUnit = new Map<string, AssignedTask[]>();
  const give = (unit: string, task: AssignedTask) => {
    const tasks = byUnit.get(unit);
    if (tasks) tasks.push(task);
    else byUnit.set(unit, [task]);
  };
  let seq = 0;
  for (const group of def.taskGroups) {
    for (const t of group.tasks) {
      const itsGroups = groups.filter((g) => g.taskCode === t.code);
      // Each coordinator once, named or in a group, as the launched plan counts them (the lead aside).
      const coordinators = new Set([...t.coordinatingUnits, ...itsGroups.flatMap((g) => g.units)]);
      coordinators.delete(t.leadUnit);
      const base = {
        taskId: taskId(t.code),
        code: t.code,
        title: t.title,
        groupCode: group.code,
        groupTitle: group.title,
        seq: ++seq,
        leadUnit: t.leadUnit,
        coordinatingUnits: t.coordinatingUnits,
        ...(itsGroups.length
          ? {
              coordinatingGroups: itsGroups.map((g) => ({
                label: g.label,
                units: g.units.filter((u) => u !== t.leadUnit).length,
              })),
            }
          : {}),
        ...(t.dueOn ? { dueOn: t.dueOn } : {}),
        ...(t.dueOn && t.recurringYearly ? { recurringUntil: def.endsOn } : {}),
      };
      give(t.leadUnit, { ...base, role: 'lead' });
      for (const unit of coordinators) give(unit, { ...base, role: 'coordinating' });
    }
  }
  return byUnit;
}
