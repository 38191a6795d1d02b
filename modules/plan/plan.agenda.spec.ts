import { plan863 } from '@demo';
import { agenda, agendaEvents, nextAgendaItem } from './plan.agenda';
import {
  evolvePlan,
  initialPlanState,
  type ActivePlan,
  type PlanEvent,
  type PlanState,
} from './plan.decider';
import type { ReportRequest } from './plan.requests';

const launchedAt = '2026-11-23T03:00:00.000Z';
const fold = (...events: PlanEvent[]): ActivePlan =>
  events.reduce<PlanState>(evolvePlan, initialPlanState) as ActivePlan;
const plan = fold(
  { type: 'PlanDrafted', data: { planId: 'p', definition: plan863 } },
  { type: 'PlanLaunched', data: { planId: 'p', launchedAt } },
);
let ids = 0;
const newId = () => `req-${++ids}`;

describe('a launched plan’s agenda', () => {
  it('starts the running phase at launch and skips what fell due before it', () => {
    const items = agenda(plan);
    expect(items[0]).toMatchObject({ kind: 'phase-start', at: launchedAt, phase: { code: 'GD1' } });
    const opened = items.filter((i) => i.kind === 'open-report').map((i) => i.key);
    expect(opened).not.toContain('open:2026-Q3'); // due 14/09/2026, before the launch
    expect(opened.slice(0, 2)).toEqual(['open:2026', 'open:2026-Q4']);
  });

  it('ends a phase before starting the next at the same instant', () => {
    const boundary = agenda(plan).filter((i) => i.at === '2027-06-30T17:00:00.000Z');
    expect(boundary.map((i) => i.key)).toEqual(['phase-end:GD1', 'phase-start:GD2']);
  });

  it('records each item once: its event marks it done', () => {
    const first = nextAgendaItem(plan)!;
    const after = agendaEvents(plan, first, [], newId).reduce<PlanState>(evolvePlan, plan) as ActivePlan;
    expect(after.phase).toBe('GD1');
    expect(nextAgendaItem(after)?.key).toBe('open:2026');
  });

  it('opens a periodic request for every participating unit, then reminds and marks overdue those pending', () => {
    const opened = fold(
      { type: 'PlanDrafted', data: { planId: 'p', definition: plan863 } },
      { type: 'PlanLaunched', data: { planId: 'p', launchedAt } },
    );
    const open = agenda(opened).find((i) => i.key === 'open:2026-Q4')!;
    const [requested] = agendaEvents(opened, open, [], newId);
    expect(requested.type).toBe('ReportRequested');
    const request = (requested.data as { request: ReportRequest }).request;
    expect(request).toMatchObject({ kind: 'quarterly', dueOn: '2026-12-14', remindDaysBefore: [7, 1] });
    expect(request.subject).toBe('Báo cáo quý IV năm 2026 về kết quả thực hiện Kế hoạch số 863/KH-UBND');
    expect(request.units).toEqual(expect.arrayContaining(['TTVH', 'THONKL', 'DNKT']));

    const withRequest = evolvePlan(opened, requested) as ActivePlan;
    const items = agenda(withRequest).filter((i) => 'requestId' in i && i.requestId === request.requestId);
    expect(items.map((i) => [i.kind, i.at])).toEqual([
      ['remind', '2026-12-07T17:00:00.000Z'],
      ['remind', '2026-12-13T17:00:00.000Z'],
      ['deadline', '2026-12-14T17:00:00.000Z'],
    ]);
    const deadline = items.at(-1)!;
    const events = agendaEvents(withRequest, deadline, ['THONKX'], newId);
    expect(events.map((e) => e.type)).toEqual(['ReportsOverdue', 'StandingAgencyAlerted']);
    expect(events[1].data).toMatchObject({ standingUnit: 'VHXH', units: ['THONKX'] });
    expect(agendaEvents(withRequest, deadline, [], newId).map((e) => e.type)).toEqual(['ReportsOverdue']);
  });
});

describe('task deadlines on the agenda', () => {
  const [first, second] = plan863.taskGroups[0].tasks;
  const definition = {
    ...plan863,
    taskGroups: [
      {
        ...plan863.taskGroups[0],
        tasks: [
          { ...first, dueOn: '2026-12-31', recurringYearly: false },
          { ...second, dueOn: '2026-12-31', recurringYearly: false },
        ],
      },
      ...plan863.taskGroups.slice(1),
    ],
  };
  const withDeadlines = fold(
    { type: 'PlanDrafted', data: { planId: 'p', definition } },
    { type: 'PlanLaunched', data: { planId: 'p', launchedAt } },
  );

  it('is left out for plans that ran before tasks were chased', () => {
    expect(agenda(withDeadlines).some((i) => i.kind.startsWith('task-'))).toBe(false);
  });

  it('batches the tasks due on one day: one reminder per day before, one overdue notice', () => {
    const items = agenda(withDeadlines, { taskDeadlines: true }).filter((i) => i.kind.startsWith('task-'));
    expect(items.map((i) => [i.key, i.at])).toEqual([
      ['task-remind:2026-12-31:7', '2026-12-24T17:00:00.000Z'],
      ['task-remind:2026-12-31:1', '2026-12-30T17:00:00.000Z'],
      ['task-deadline:2026-12-31', '2026-12-31T17:00:00.000Z'],
    ]);
    expect(items[0]).toMatchObject({ tasks: [first.code, second.code] });
  });

  it('tells the lead units what is undone and marks the item done', () => {
    const deadline = agenda(withDeadlines, { taskDeadlines: true }).find((i) => i.kind === 'task-deadline')!;
    const undone = [{ taskCode: second.code, unitCode: second.leadUnit }];
    const [event] = agendaEvents(withDeadlines, deadline, [], newId, undone);
    expect(event).toMatchObject({
      type: 'TasksOverdue',
      data: { dueOn: '2026-12-31', standingUnit: 'VHXH', tasks: undone },
    });
    expect((event.data as { message: string }).message).toContain(`nhiệm vụ ${second.code}`);
    const after = evolvePlan(withDeadlines, event) as ActivePlan;
    expect(agenda(after, { taskDeadlines: true }).map((i) => i.key)).toContain('task-deadline:2026-12-31');
    expect(nextAgendaItem(after, { taskDeadlines: true })?.key).not.toBe('task-deadline:2026-12-31');
    expect(after.done).toContain('task-deadline:2026-12-31');
  });

  it('chases a yearly task every year on its day until the plan ends', () => {
    const yearly = fold(
      {
        type: 'PlanDrafted',
        data: {
          planId: 'p',
          definition: {
            ...definition,
            taskGroups: [
              {
                ...definition.taskGroups[0],
                tasks: [{ ...first, dueOn: '2026-12-31', recurringYearly: true }],
              },
            ],
          },
        },
      },
      { type: 'PlanLaunched', data: { planId: 'p', launchedAt } },
    );
    const deadlines = agenda(yearly, { taskDeadlines: true }).filter((i) => i.kind === 'task-deadline');
    expect(deadlines.map((i) => i.key)).toEqual(
      ['2026', '2027', '2028', '2029', '2030'].map((y) => `task-deadline:${y}-12-31`), // plan 863 ends 31/12/2030
    );
  });
});
