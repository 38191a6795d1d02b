import { plan863 } from '@demo';
import { periodicReports } from './plan.requests';

describe('periodic report deadlines of plan 863', () => {
  const reports = periodicReports(plan863);
  const byKey = (key: string) => reports.find((r) => r.key === key);

  it('makes "before the 15th of the quarter\'s last month" the 14th, late from the 15th at 00:00 in Vietnam', () => {
    expect(byKey('2026-Q1')).toMatchObject({ dueOn: '2026-03-14', dueAt: '2026-03-14T17:00:00.000Z' });
    expect(byKey('2026-Q4')?.dueOn).toBe('2026-12-14');
  });

  it('makes "before 05/12" the 4th of December', () => {
    expect(byKey('2026')).toMatchObject({ kind: 'annual', dueOn: '2026-12-04', to: '2026-12-14' });
  });

  it('clips the first period to the plan start and skips periods before it', () => {
    expect(byKey('2025-Q2')).toBeUndefined();
    expect(byKey('2025-Q3')).toMatchObject({ from: '2025-09-05', to: '2025-09-14', dueOn: '2025-09-14' });
  });

  it('hands a quarter cut by a phase boundary to the phase holding its last day', () => {
    // Phase 1 ends 30/06/2027, inside Q3 2027 (15/06 – 14/09).
    expect(byKey('2027-Q2')?.phaseCode).toBe('GD1');
    expect(byKey('2027-Q3')?.phaseCode).toBe('GD2');
    expect(byKey('2027')?.phaseCode).toBe('GD2');
  });

  it('ends with the plan and keeps due order', () => {
    expect(reports.at(-1)?.key).toBe('2030-Q4');
    expect(byKey('2031-Q1')).toBeUndefined();
    const dues = reports.map((r) => r.dueOn);
    expect([...dues].sort()).toEqual(dues);
  });
});

describe('periodic reports of every kind, on the calendar or the cut-off', () => {
  const regime = (reporting: Partial<typeof plan863.reporting>) =>
    periodicReports({ ...plan863, reporting: { remindDaysBefore: [], ...reporting } });

  it('schedules monthly, 6-month and 9-month reports under the cut-off in the month their data ends', () => {
    const reports = regime({ monthlyDueBeforeDay: 16, halfYearDueBeforeDay: 15, nineMonthsDueBeforeDay: 15 });
    expect(reports.find((r) => r.key === '2026-01')).toMatchObject({
      from: '2025-12-15',
      to: '2026-01-14',
      dueOn: '2026-01-15',
    });
    expect(reports.find((r) => r.key === '2026-H1')).toMatchObject({
      kind: 'half_year',
      from: '2025-12-15',
      to: '2026-06-14',
      dueOn: '2026-06-14',
    });
    expect(reports.find((r) => r.key === '2026-9M')).toMatchObject({ to: '2026-09-14', dueOn: '2026-09-14' });
  });

  it('puts calendar deadlines in the month after the period, across the new year', () => {
    const reports = regime({ periods: 'calendar', quarterlyDueBeforeDay: 10 });
    expect(reports.find((r) => r.key === '2026-Q1')).toMatchObject({
      from: '2026-01-01',
      to: '2026-03-31',
      dueOn: '2026-04-09',
    });
    expect(reports.find((r) => r.key === '2026-Q4')).toMatchObject({ to: '2026-12-31', dueOn: '2027-01-09' });
  });
});
