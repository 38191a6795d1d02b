import type { PlanDefinition } from '@modules/plan/plan.definition';
import type { AssignedTask } from './assignment.decider';

/**
 * Splits a plan into what each unit receives: every task goes to its lead unit and to each
 * coordinating unit, in plan order. `taskId` names tasks (a name-based UUID in practice).
 */
export function tasksByUnit(
  def: PlanDefinition,
  taskId: (code: string) => string,
): Map<string, AssignedTask[]> {
  const byUnit = new Map<string, AssignedTask[]>();
  const give = (unit: string, task: AssignedTask) => byUnit.set(unit, [...(byUnit.get(unit) ?? []), task]);
  let seq = 0;
  for (const group of def.taskGroups) {
    for (const t of group.tasks) {
      const base = {
        taskId: taskId(t.code),
        code: t.code,
        title: t.title,
        groupCode: group.code,
        groupTitle: group.title,
        seq: ++seq,
        leadUnit: t.leadUnit,
        coordinatingUnits: t.coordinatingUnits,
        ...(t.dueOn ? { dueOn: t.dueOn } : {}),
        ...(t.dueOn && t.recurringYearly ? { recurringUntil: def.endsOn } : {}),
      };
      give(t.leadUnit, { ...base, role: 'lead' });
      for (const unit of t.coordinatingUnits) give(unit, { ...base, role: 'coordinating' });
    }
  }
  return byUnit;
}
