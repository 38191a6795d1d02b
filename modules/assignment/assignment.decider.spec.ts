import { type Actor, DomainError } from '@kernel';
import {
  decideAssignment,
  evolveAssignment,
  type AssignedTask,
  type AssignmentCommand,
  type AssignmentEvent,
  type AssignmentState,
} from './assignment.decider';

const now = new Date('2026-03-10T03:00:00Z');
const system: Actor = { userId: 'system', username: 'system', role: 'admin' };
const ttvh: Actor = { userId: 'ttvh', username: 'ttvh', role: 'unit', unitCode: 'TTVH' };
const task = (code: string, role: AssignedTask['role']): AssignedTask => ({
  taskId: `id-${code}`,
  code,
  title: code,
  groupCode: 'I',
  groupTitle: 'Nhóm I',
  seq: 1,
  leadUnit: role === 'lead' ? 'TTVH' : 'VP',
  coordinatingUnits: role === 'lead' ? ['VP'] : ['TTVH'],
  role,
});
const issue: AssignmentCommand = {
  type: 'IssueTasks',
  data: {
    planId: 'p',
    unitCode: 'TTVH',
    unitKind: 'trung_tam',
    tasks: [task('I.1', 'lead'), task('I.2', 'coordinating')],
    indicators: [
      { code: 'CT01', name: 'Tỷ lệ', comparator: '>=', targetPercent: 80, unitKinds: ['trung_tam'] },
    ],
  },
  actor: system,
};
const issued = decideAssignment({ status: 'absent' }, issue, now);
const state = issued.reduce<AssignmentState>(evolveAssignment, { status: 'absent' });

function when(command: Omit<AssignmentCommand, 'actor'> & { actor?: Actor }) {
  try {
    return { events: decideAssignment(state, { actor: ttvh, ...command } as AssignmentCommand, now) };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { error };
  }
}

const request = { requestId: 'r1', dueAt: '2026-03-09T17:00:00.000Z', units: ['TTVH'], period: '2026-Q1' };

describe('a unit’s assignment in a plan', () => {
  it('opens with the unit’s indicators and one event per task; issuing again adds nothing', () => {
    expect(issued.map((e) => e.type)).toEqual(['AssignmentOpened', 'TaskAssigned', 'TaskAssigned']);
    expect(decideAssignment(state, issue, now)).toEqual([]);
  });

  it('lets the lead set the result, not a coordinator or another unit', () => {
    const progress = {
      type: 'RecordProgress',
      data: { taskCode: 'I.1', status: 'done', result: 'Xong' },
    } as const;
    expect(when(progress).events?.[0]).toMatchObject({
      type: 'TaskProgressRecorded',
      data: { status: 'done' },
    });
    expect(when({ ...progress, data: { ...progress.data, taskCode: 'I.2' } }).error?.code).toBe('FORBIDDEN');
    const thon = { userId: 'thonkl', username: 'thonkl', role: 'unit', unitCode: 'THONKL' } as const;
    expect(when({ ...progress, actor: thon }).error?.code).toBe('FORBIDDEN');
    expect(when({ ...progress, data: { ...progress.data, result: ' ' } }).error?.details.field).toBe(
      'result',
    );
  });

  it('computes the percentage from the counts and refuses a zero denominator', () => {
    const value = (numerator: number, denominator: number) =>
      when({
        type: 'RecordIndicatorValue',
        data: { indicatorCode: 'CT01', period: '2026-Q1', numerator, denominator },
      });
    expect(value(17, 20).events?.[0].data).toMatchObject({ percent: 85, met: true });
    expect(value(3, 4).events?.[0].data).toMatchObject({ percent: 75, met: false });
    expect(value(0, 0).error?.details.field).toBe('denominator');
    expect(value(5, 4).error?.details.field).toBe('numerator');
  });

  it('marks a report submitted after its deadline late by started days, and recognises a repeat', () => {
    const submit: Omit<AssignmentCommand, 'actor'> = {
      type: 'SubmitReport',
      data: {
        request,
        reportDate: '2026-03-10',
        taskResults: [{ taskCode: 'I.1', status: 'done', result: 'Đã thực hiện' }],
        indicatorValues: [],
      },
    };
    const { events } = when(submit);
    const submitted = events?.[0] as Extract<AssignmentEvent, { type: 'ReportSubmitted' }>;
    expect(submitted.data).toMatchObject({ daysLate: 1 });
    expect(events?.map((e) => e.type)).toEqual(['ReportSubmitted', 'TaskProgressRecorded']);
    const after = events!.reduce(evolveAssignment, state);
    expect(decideAssignment(after, { ...submit, actor: ttvh } as AssignmentCommand, now)).toEqual([]);
  });
});
