import { DeciderSpecification, type Actor } from '@kernel';
import {
  assignmentDecider,
  type AssignedTask,
  type AssignmentCommand,
  type AssignmentEvent,
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
const spec = DeciderSpecification(assignmentDecider, { now });
const issuedOnce = spec.after(issue);
/** The unit's member sends a command to the assignment as issued. */
const when = (command: Omit<AssignmentCommand, 'actor'> & { actor?: Actor }) =>
  issuedOnce.when({ actor: ttvh, ...command } as AssignmentCommand);

const request = { requestId: 'r1', dueAt: '2026-03-09T17:00:00.000Z', units: ['TTVH'], period: '2026-Q1' };

describe('a unit’s assignment in a plan', () => {
  it('opens with the unit’s indicators and one event per task; issuing again adds nothing', () => {
    spec
      .given()
      .when(issue)
      .then((events) =>
        expect(events.map((e) => e.type)).toEqual(['AssignmentOpened', 'TaskAssigned', 'TaskAssigned']),
      );
    issuedOnce.when(issue).thenNothingHappens();
  });

  it('lets the lead set the result, not a coordinator or another unit', () => {
    const progress = {
      type: 'RecordProgress',
      data: { taskCode: 'I.1', status: 'done', result: 'Xong' },
    } as const;
    when(progress).then(([first]) =>
      expect(first).toMatchObject({ type: 'TaskProgressRecorded', data: { status: 'done' } }),
    );
    when({ ...progress, data: { ...progress.data, taskCode: 'I.2' } }).thenThrows('FORBIDDEN');
    const thon = { userId: 'thonkl', username: 'thonkl', role: 'unit', unitCode: 'THONKL' } as const;
    when({ ...progress, actor: thon }).thenThrows('FORBIDDEN');
    when({ ...progress, data: { ...progress.data, result: ' ' } }).thenThrows('RESULT_REQUIRED', {
      field: 'result',
    });
  });

  it('computes the percentage from the counts and refuses a zero denominator', () => {
    const value = (numerator: number, denominator: number) =>
      when({
        type: 'RecordIndicatorValue',
        data: { indicatorCode: 'CT01', period: '2026-Q1', numerator, denominator },
      });
    value(17, 20).then(([first]) => expect(first.data).toMatchObject({ percent: 85, met: true }));
    value(3, 4).then(([first]) => expect(first.data).toMatchObject({ percent: 75, met: false }));
    value(0, 0).thenThrows('INVALID_MEASURE', { field: 'denominator' });
    value(5, 4).thenThrows('INVALID_MEASURE', { field: 'numerator' });
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
    when(submit).then((events) => {
      const submitted = events[0] as Extract<AssignmentEvent, { type: 'ReportSubmitted' }>;
      expect(submitted.data).toMatchObject({ daysLate: 1 });
      expect(events.map((e) => e.type)).toEqual(['ReportSubmitted', 'TaskProgressRecorded']);
    });
    spec
      .after(issue, { ...submit, actor: ttvh } as AssignmentCommand)
      .when({ ...submit, actor: ttvh } as AssignmentCommand)
      .thenNothingHappens();
  });

  it('records a task done on the day it was done, never a day to come', () => {
    const done = (on?: string) =>
      when({ type: 'RecordProgress', data: { taskCode: 'I.1', status: 'done', result: 'Xong', on } });
    done('2026-02-27').then(([first]) => expect(first.data).toMatchObject({ on: '2026-02-27' }));
    done().then(([first]) => expect(first.data).toMatchObject({ on: '2026-03-10' }));
    done('2026-03-11').thenThrows('DATE_IN_FUTURE', { field: 'on' });
    // The same status and result with another day corrects the day.
    const doneOn = (on: string): AssignmentCommand => ({
      type: 'RecordProgress',
      data: { taskCode: 'I.1', status: 'done', result: 'Xong', on },
      actor: ttvh,
    });
    const recorded = spec.after(issue, doneOn('2026-02-27'));
    recorded.when(doneOn('2026-02-27')).thenNothingHappens();
    recorded
      .when(doneOn('2026-02-26'))
      .then(([first]) => expect(first.data).toMatchObject({ on: '2026-02-26' }));
  });

  it('files values under any period the key names, refusing a key of no known form', () => {
    const value = (period: string) =>
      when({
        type: 'RecordIndicatorValue',
        data: { indicatorCode: 'CT01', period, numerator: 1, denominator: 2 },
      });
    for (const period of ['2026-03', '2026-H1', '2026-9M', '2025-12-15..2026-06-14'])
      value(period).then(([first]) => expect(first.data).toMatchObject({ period }));
    value('2026-Q5').thenThrows('INVALID_PERIOD', { field: 'period' });
  });

  it('takes a done task’s day from the report, or the report’s date, and refuses a report dated ahead', () => {
    const submit = (doneOn?: string, reportDate = '2026-03-05') =>
      when({
        type: 'SubmitReport',
        data: {
          request,
          reportDate,
          taskResults: [{ taskCode: 'I.1', status: 'done', result: 'Xong', doneOn }],
          indicatorValues: [],
        },
      });
    submit('2026-03-01').then((events) =>
      expect(events.find((e) => e.type === 'TaskProgressRecorded')?.data).toMatchObject({ on: '2026-03-01' }),
    );
    submit().then((events) =>
      expect(events.find((e) => e.type === 'TaskProgressRecorded')?.data).toMatchObject({ on: '2026-03-05' }),
    );
    submit(undefined, '2026-03-12').thenThrows('DATE_IN_FUTURE', { field: 'reportDate' });
    submit('2026-03-12').thenThrows('DATE_IN_FUTURE', { field: 'taskResults.0.doneOn' });
  });

  it('attaches the evidence behind a figure once, for an indicator the unit reports and a known period', () => {
    const evidence = { evidenceId: 'e1', fileName: 'so.txt', mediaType: 'text/plain', size: 3, sha256: 'ab' };
    const attach = (indicatorCode: string, period: string) =>
      when({ type: 'AttachFigureEvidence', data: { indicatorCode, period, evidence } });
    attach('CT01', '2026-H1').then(([first]) =>
      expect(first).toMatchObject({
        type: 'FigureEvidenceAttached',
        data: { indicatorCode: 'CT01', period: '2026-H1' },
      }),
    );
    attach('CT09', '2026-H1').thenThrows('INDICATOR_NOT_APPLICABLE', { field: 'indicatorCode' });
    attach('CT01', '2026-H3').thenThrows('INVALID_PERIOD', { field: 'period' });
    spec
      .after(issue, {
        type: 'AttachFigureEvidence',
        data: { indicatorCode: 'CT01', period: '2026-H1', evidence },
        actor: ttvh,
      })
      .when({
        type: 'AttachFigureEvidence',
        data: { indicatorCode: 'CT01', period: '2026-H1', evidence },
        actor: ttvh,
      })
      .thenNothingHappens();
  });
});
