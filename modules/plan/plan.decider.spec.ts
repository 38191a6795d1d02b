import { DeciderSpecification, type Actor } from '@kernel';
import { planDecider, type PlanCommand, type PlanEvent } from './plan.decider';
import type { Indicator, PlanDefinition } from './plan.definition';

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

const spec = DeciderSpecification(planDecider, { now });

const drafted: PlanEvent = { type: 'PlanDrafted', data: { planId: 'p1', definition } };
const launched: PlanEvent = { type: 'PlanLaunched', data: { planId: 'p1', launchedAt: now.toISOString() } };

describe('plan decider', () => {
  it('drafts a new plan', () => {
    spec.given().when(draft).then([drafted]);
  });

  it('treats the same draft again as already done, a different one as a clash', () => {
    spec.given(drafted).when(draft).thenNothingHappens();
    const other = { ...draft, data: { planId: 'p1', definition: { ...definition, title: 'Khác' } } };
    spec.given(drafted).when(other).thenThrows('ALREADY_EXISTS', { field: 'number' });
  });

  it('launches once; a second launch changes nothing', () => {
    spec.given(drafted).when(launch).then([launched]);
    spec.given(drafted, launched).when(launch).thenNothingHappens();
  });

  it('records each group once with the tasks it coordinates, and has its units coordinate each of them', () => {
    const grouped = structuredClone(definition);
    const thon = { label: 'các thôn', kinds: ['thon'] };
    grouped.taskGroups[0].tasks = [
      { ...grouped.taskGroups[0].tasks[0], coordinatingUnits: ['VP'], coordinatingGroups: [thon] },
      {
        code: 'I.2',
        title: 'Việc 2',
        leadUnit: 'THON-A',
        coordinatingUnits: [],
        coordinatingGroups: [thon],
        recurringYearly: false,
      },
    ];
    const parties = [{ label: 'các thôn', units: ['THON-A', 'VP', 'THON-B'], taskCodes: ['I.1', 'I.2'] }];
    spec
      .after({ ...draft, data: { planId: 'p1', definition: grouped } })
      .when({ ...launch, data: { parties } })
      .then((events, state) => {
        expect(events).toEqual([
          { type: 'PlanLaunched', data: { planId: 'p1', launchedAt: now.toISOString(), parties } },
        ]);
        const [first, second] = state.status === 'launched' ? state.definition.taskGroups[0].tasks : [];
        expect(first.coordinatingUnits).toEqual(['VP', 'THON-A', 'THON-B']);
        expect(second.coordinatingUnits).toEqual(['VP', 'THON-B']);
      });
  });

  it('folds a launch recorded before groups were written once, with the units per task', () => {
    const grouped = structuredClone(definition);
    grouped.taskGroups[0].tasks[0].coordinatingGroups = [{ label: 'các thôn', kinds: ['thon'] }];
    const groups = [{ taskCode: 'I.1', label: 'các thôn', units: ['THON-A', 'TTVH', 'THON-B'] }];
    spec
      .after({ ...draft, data: { planId: 'p1', definition: grouped } })
      .when({ ...launch, data: { groups } })
      .then((events, state) => {
        expect(events).toEqual([
          { type: 'PlanLaunched', data: { planId: 'p1', launchedAt: now.toISOString(), groups } },
        ]);
        // The lead stays lead; a group's units join the coordinating ones, once each.
        const task = state.status === 'launched' ? state.definition.taskGroups[0].tasks[0] : undefined;
        expect(task?.coordinatingUnits).toEqual(['THON-A', 'THON-B']);
      });
  });

  it('refuses a group of a kind the catalogue does not have', () => {
    const grouped = structuredClone(definition);
    grouped.taskGroups[0].tasks[0].coordinatingGroups = [{ label: 'các hợp tác xã', kinds: ['htx'] }];
    spec
      .given()
      .when({ ...draft, data: { planId: 'p1', definition: grouped, knownKinds: ['thon'] } })
      .thenThrows('UNKNOWN_UNIT_KIND', { field: 'taskGroups.0.tasks.0.coordinatingGroups.0.kinds.0' });
  });

  it('refuses a cited higher plan the organisation may not carry out, or a task it was not given', () => {
    const citing = { ...definition, basis: { planId: 'city', taskCode: 'II.1' } };
    const drafting = (basis: unknown) =>
      ({ ...draft, data: { planId: 'p1', definition: citing, basis } }) as PlanCommand;
    spec.given().when(drafting(null)).thenThrows('PLAN_BASIS_INVALID', { field: 'basis.planId' });
    spec
      .given()
      .when(drafting({ launched: false, taskCodes: ['II.1'] }))
      .thenThrows('PLAN_BASIS_INVALID', { field: 'basis.planId' });
    spec
      .given()
      .when(drafting({ launched: true, taskCodes: ['I.1'] }))
      .thenThrows('PLAN_BASIS_INVALID', { field: 'basis.taskCode' });
    expect(
      spec
        .given()
        .when(drafting({ launched: true, taskCodes: ['II.1'] }))
        .events(),
    ).toHaveLength(1);
  });

  it('refuses to launch or revise what does not exist, and to revise a launched plan', () => {
    spec.given().when(launch).thenThrows('NOT_FOUND');
    const revise: PlanCommand = { type: 'RevisePlan', data: { definition }, actor: owner };
    spec.given(drafted, launched).when(revise).thenThrows('PLAN_NOT_DRAFT');
  });

  it('lets only owners and admins write plans', () => {
    for (const role of ['unit', 'standing', 'council', 'chairman', 'auditor'] as const) {
      spec
        .given(drafted)
        .when({ ...launch, actor: { ...owner, role } })
        .thenThrows('FORBIDDEN');
    }
  });
});

describe('units a plan gives work to', () => {
  const drafting = (knownUnits?: string[]) =>
    spec.given().when({ ...draft, data: { planId: 'p1', definition, knownUnits } });

  it('given the directory knows every unit the plan names, then the plan is drafted', () => {
    drafting(['TTVH', 'VHXH']).then([drafted]);
  });

  it('given a unit the directory does not know, then UNKNOWN_UNIT names the field that names it', () => {
    drafting(['VHXH']).thenThrows('UNKNOWN_UNIT', { field: 'taskGroups.0.tasks.0.leadUnit' });
  });

  it('given a command recorded before the directory travelled with it, then nothing is checked again', () => {
    drafting(undefined).then([drafted]);
  });
});

const PARTS = [
  { code: 'A', name: 'Đúng hạn' },
  { code: 'B', name: 'Quá hạn' },
];
const indicator = (over: Partial<Indicator>): Indicator => ({
  code: 'CT01',
  name: 'Chỉ tiêu',
  unitKinds: ['thon'],
  ...over,
});

describe('plan definition rules', () => {
  it('accepts every kind of indicator with what it needs', () => {
    const indicators: Indicator[] = [
      indicator({ comparator: '>=', targetPercent: 80 }),
      indicator({ code: 'CT02', comparator: '>=', targetPercent: 80, sharesDenominatorWith: 'CT01' }),
      indicator({ code: 'CT03', kind: 'count', measureUnit: 'lớp', comparator: '>=', target: 12 }),
      indicator({ code: 'CT04', kind: 'money' }),
      indicator({ code: 'CT05', kind: 'yes_no' }),
      indicator({ code: 'CT06', kind: 'checklist', criteria: PARTS }),
      indicator({
        code: 'CT07',
        kind: 'breakdown',
        parts: PARTS,
        targetPart: 'A',
        comparator: '>=',
        targetPercent: 90,
      }),
    ];
    spec
      .given()
      .when({ ...draft, data: { planId: 'p1', definition: { ...definition, indicators } } })
      .then(([event]) => expect(event.type).toBe('PlanDrafted'));
  });

  const drafting = (change: (d: PlanDefinition) => void) => {
    const copy: PlanDefinition = structuredClone(definition);
    change(copy);
    return spec.given().when({ ...draft, data: { planId: 'p1', definition: copy } });
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
    [
      'a 6-month due day out of range',
      (d) => (d.reporting.halfYearDueBeforeDay = 1),
      'reporting.halfYearDueBeforeDay',
    ],
    [
      'a ratio without a target',
      (d) => (d.indicators = [indicator({ kind: 'ratio' })]),
      'indicators.0.targetPercent',
    ],
    [
      'a checklist without criteria',
      (d) => (d.indicators = [indicator({ kind: 'checklist', criteria: [] })]),
      'indicators.0.criteria',
    ],
    [
      'a breakdown of one part',
      (d) => (d.indicators = [indicator({ kind: 'breakdown', parts: [{ code: 'A', name: 'A' }] })]),
      'indicators.0.parts',
    ],
    [
      'a breakdown targeting a part it does not have',
      (d) =>
        (d.indicators = [
          indicator({
            kind: 'breakdown',
            parts: PARTS,
            targetPart: 'X',
            comparator: '>=',
            targetPercent: 90,
          }),
        ]),
      'indicators.0.targetPart',
    ],
    [
      'a count with a percentage target',
      (d) => (d.indicators = [indicator({ kind: 'count', comparator: '>=', targetPercent: 50 })]),
      'indicators.0.targetPercent',
    ],
    [
      'a ratio sharing the denominator of an indicator the plan lacks',
      (d) =>
        (d.indicators = [indicator({ comparator: '>=', targetPercent: 50, sharesDenominatorWith: 'CT09' })]),
      'indicators.0.sharesDenominatorWith',
    ],
    [
      'two criteria with one code',
      (d) => (d.indicators = [indicator({ kind: 'checklist', criteria: [PARTS[0], PARTS[0]] })]),
      'indicators.0.criteria.1.code',
    ],
  ])('rejects %s', (_name, change, field) => {
    drafting(change).thenThrows('PLAN_DEFINITION_INVALID', { field });
  });
});
