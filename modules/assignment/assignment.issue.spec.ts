import { plan863 } from '@demo';
import { tasksByUnit } from './assignment.issue';

describe('what each unit receives when a plan is launched', () => {
  const byUnit = tasksByUnit(plan863, (code) => `task-${code}`);

  it('given plan 863, then every task goes to its lead and to each coordinating unit, in plan order', () => {
    const total = [...byUnit.values()].reduce((n, tasks) => n + tasks.length, 0);
    const expected = plan863.taskGroups
      .flatMap((g) => g.tasks)
      .reduce((n, t) => n + 1 + t.coordinatingUnits.length, 0);
    expect(total).toBe(expected);
    for (const tasks of byUnit.values()) {
      const seqs = tasks.map((t) => t.seq);
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    }
  });

  it('given a task, then its lead receives it as lead and its coordinators as coordinating, under one id', () => {
    const first = plan863.taskGroups[0].tasks[0];
    const lead = byUnit.get(first.leadUnit)!.find((t) => t.code === first.code)!;
    expect(lead).toMatchObject({ role: 'lead', taskId: `task-${first.code}`, seq: 1 });
    for (const unit of first.coordinatingUnits)
      expect(byUnit.get(unit)!.find((t) => t.code === first.code)).toMatchObject({
        role: 'coordinating',
        taskId: lead.taskId,
      });
  });

  it('given a task coordinated by a group, then each unit learns the group by label and size, and the named ones by code', () => {
    const first = plan863.taskGroups[0].tasks[0];
    const communes = Array.from({ length: 500 }, (_, i) => `XA-${i}`);
    // The group holds the lead and a unit named in the task too: each still receives the task once.
    const named = first.coordinatingUnits[0];
    const groups = [
      { taskCode: first.code, label: 'các xã, phường', units: [...communes, first.leadUnit, named] },
    ];
    const launched = tasksByUnit(plan863, (code) => `task-${code}`, groups);
    for (const unit of [first.leadUnit, communes[0], ...first.coordinatingUnits])
      expect(launched.get(unit)!.find((t) => t.code === first.code)).toMatchObject({
        coordinatingUnits: first.coordinatingUnits,
        coordinatingGroups: [{ label: 'các xã, phường', units: 501 }],
      });
    expect(launched.get(communes[499])!.map((t) => [t.code, t.role])).toEqual([[first.code, 'coordinating']]);
    expect(
      launched
        .get(named)!
        .filter((t) => t.code === first.code)
        .map((t) => t.role),
    ).toEqual(['coordinating']);
    expect(
      launched
        .get(first.leadUnit)!
        .filter((t) => t.code === first.code)
        .map((t) => t.role),
    ).toEqual(['lead']);
    const other = plan863.taskGroups[0].tasks[1];
    expect(
      launched.get(other.leadUnit)!.find((t) => t.code === other.code)!.coordinatingGroups,
    ).toBeUndefined();
  });
});
