import { type Actor, DomainError } from '@kernel';
import type { PlanDefinition } from './plan.definition';
import {
  decidePlan,
  evolvePlan,
  initialPlanState,
  type PlanCommand,
  type PlanEvent,
  type PlanState,
} from './plan.decider';

const owner: Actor = { userId: 'owner', username: 'owner', role: 'owner' };
const now = new Date('2026-01-10T03:00:00Z');

const definition: PlanDefinition = {
  number: '1/KH-UBND',
  issuer: 'UBND xã A',
  issuedOn: '2026-01-05',
  signer: 'Nguyễn Văn A',
  title: 'Kế hoạch thử',
  legalBasis: [],
  standingUnit: 'VHXH',
  startsOn: '2026-01-05',
  endsOn: '2027-12-31',
  phases: [
    { code: 'GD1', name: 'Giai đoạn 1', startsOn: '2026-01-05', endsOn: '2026-12-31', review: 'preliminary' },
    { code: 'GD2', name: 'Giai đoạn 2', startsOn: '2027-01-01', endsOn: '2027-12-31', review: 'final' },
  ],
  indicators: [],
  rewards: [],
  taskGroups: [
    {
      code: 'I',
      title: 'Nhóm I',
      tasks: [
        { code: 'I.1', title: 'Việc 1', leadUnit: 'TTVH', coordinatingUnits: [], recurringYearly: true },
      ],
    },
  ],
  reporting: { quarterlyDueBeforeDay: 15, remindDaysBefore: [7, 1] },
};

const draft: PlanCommand = { type: 'DraftPlan', data: { planId: 'p1', definition }, actor: owner };
const launch: PlanCommand = { type: 'LaunchPlan', data: {}, actor: owner };

/** given events, when a command, then events or an error code. */
function given(...events: PlanEvent[]) {
  const state: PlanState = events.reduce(evolvePlan, initialPlanState);
  return {
    when: (command: PlanCommand) => {
      try {
        return { events: decidePlan(state, command, now), error: undefined };
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        return { events: undefined, error };
      }
    },
  };
}

const drafted: PlanEvent = { type: 'PlanDrafted', data: { planId: 'p1', definition } };
const launched: PlanEvent = { type: 'PlanLaunched', data: { planId: 'p1', launchedAt: now.toISOString() } };

describe('plan decider', () => {
  it('drafts a new plan', () => {
    expect(given().when(draft).events).toEqual([drafted]);
  });

  it('treats the same draft again as already done, a different one as a clash', () => {
    expect(given(drafted).when(draft).events).toEqual([]);
    const other = { ...draft, data: { planId: 'p1', definition: { ...definition, title: 'Khác' } } };
    expect(given(drafted).when(other).error).toMatchObject({
      code: 'ALREADY_EXISTS',
      details: { field: 'number' },
    });
  });

  it('launches once; a second launch changes nothing', () => {
    expect(given(drafted).when(launch).events).toEqual([launched]);
    expect(given(drafted, launched).when(launch).events).toEqual([]);
  });

  it('refuses to launch or revise what does not exist, and to revise a launched plan', () => {
    expect(given().when(launch).error?.code).toBe('NOT_FOUND');
    const revise: PlanCommand = { type: 'RevisePlan', data: { definition }, actor: owner };
    expect(given(drafted, launched).when(revise).error?.code).toBe('INVALID_STATE');
  });

  it('lets only owners and admins write plans', () => {
    for (const role of ['unit', 'standing', 'council', 'chairman', 'auditor'] as const) {
      expect(given(drafted).when({ ...launch, actor: { ...owner, role } }).error?.code).toBe('FORBIDDEN');
    }
  });
});

describe('plan definition rules', () => {
  const violation = (change: (d: PlanDefinition) => void) => {
    const copy: PlanDefinition = structuredClone(definition);
    change(copy);
    return given().when({ ...draft, data: { planId: 'p1', definition: copy } }).error;
  };

  it.each<[string, (d: PlanDefinition) => void, string]>([
    ['overlapping phases', (d) => (d.phases[1].startsOn = '2026-12-31'), 'phases.1'],
    ['a phase outside the plan', (d) => (d.phases[1].endsOn = '2028-01-01'), 'phases.1'],
    ['a phase ending before it starts', (d) => (d.phases[0].endsOn = '2026-01-01'), 'phases.0.endsOn'],
    ['a plan ending before it starts', (d) => (d.endsOn = '2025-01-01'), 'endsOn'],
    [
      'a task without a lead unit',
      (d) => (d.taskGroups[0].tasks[0].leadUnit = ''),
      'taskGroups.0.tasks.0.leadUnit',
    ],
    [
      'a lead unit also coordinating',
      (d) => (d.taskGroups[0].tasks[0].coordinatingUnits = ['TTVH']),
      'taskGroups.0.tasks.0.coordinatingUnits',
    ],
    [
      'a task due after the plan',
      (d) => (d.taskGroups[0].tasks[0].dueOn = '2028-03-01'),
      'taskGroups.0.tasks.0.dueOn',
    ],
    ['two phases with one code', (d) => (d.phases[1].code = 'GD1'), 'phases.1.code'],
    [
      'a quarterly due day out of range',
      (d) => (d.reporting.quarterlyDueBeforeDay = 31),
      'reporting.quarterlyDueBeforeDay',
    ],
  ])('rejects %s', (_name, change, field) => {
    expect(violation(change)).toMatchObject({ code: 'RULE_VIOLATED', details: { field } });
  });
});
