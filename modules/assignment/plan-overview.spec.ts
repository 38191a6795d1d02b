import type { AssignmentView } from './assignment.projection';
import type { IndicatorValueView } from './indicator-value.projection';
import type { PlanDefinition } from '@modules/plan/plan.definition';
import { planOverview } from './plan-overview';
import type { UnitFacts } from '@modules/review/review.scoring';

const indicator = {
  code: 'CT01',
  name: 'Tỷ lệ hộ gia đình văn hóa',
  comparator: '>=',
  targetPercent: 80,
} as const;
const def = { indicators: [{ ...indicator, unitKinds: ['village'] }] } as unknown as PlanDefinition;
const facts = (unitCode: string, over: Partial<UnitFacts>): UnitFacts => ({
  unitCode,
  unitName: `Thôn ${unitCode}`,
  leadTasks: [],
  reports: [],
  indicators: [],
  initiatives: 0,
  ...over,
});
const value = (unitCode: string, numerator: number, denominator: number) =>
  ({
    unitCode,
    indicatorCode: 'CT01',
    period: '2026',
    kind: 'ratio',
    numerator,
    denominator,
    percent: (numerator * 100) / denominator,
    value: null,
    detail: null,
    met: false,
  }) as IndicatorValueView;
const latest = (...values: IndicatorValueView[]) =>
  new Map(values.map((v) => [`${v.unitCode}/${v.indicatorCode}`, v]));
const task = (unitCode: string, status: string, dueOn: string | null, doneOn: string | null = null) =>
  ({ unitCode, status, dueOn, role: 'lead', startedOn: null, doneOn }) as AssignmentView;

describe('a plan overview', () => {
  it('given tasks and reports of two units, then it counts each unit’s by status, overdue only when past due and not done', () => {
    const overview = planOverview(
      [
        facts('A', {
          reports: [
            { requestId: 'r1', status: 'late', daysLate: 3 },
            { requestId: 'r2', status: 'overdue', daysLate: 0 },
          ],
        }),
        facts('B', { reports: [{ requestId: 'r1', status: 'on_time', daysLate: 0 }] }),
      ],
      [
        task('A', 'in_progress', '2026-06-30'),
        task('A', 'done', '2026-06-30', '2026-06-20'),
        task('A', 'not_started', '2026-12-31'),
        task('B', 'not_started', null),
      ],
      latest(),
      def,
      '2026-12-01',
    );
    expect(overview.units).toEqual([
      {
        unitCode: 'A',
        unitName: 'Thôn A',
        tasks: { not_started: 1, in_progress: 1, done: 1, overdue: 1 },
        deadlines: { not_yet_due: 1, in_progress: 0, done_on_time: 1, done_late: 0, overdue: 1, total: 3 },
        reports: { on_time: 0, late: 1, overdue: 1, pending: 0, daysLate: 3 },
      },
      {
        unitCode: 'B',
        unitName: 'Thôn B',
        tasks: { not_started: 1, in_progress: 0, done: 0, overdue: 0 },
        deadlines: { not_yet_due: 0, in_progress: 1, done_on_time: 0, done_late: 0, overdue: 0, total: 1 },
        reports: { on_time: 1, late: 0, overdue: 0, pending: 0, daysLate: 0 },
      },
    ]);
  });

  it('given figures from two units, then the indicator adds their counts up before measuring against the target', () => {
    const overview = planOverview(
      [facts('A', {}), facts('B', {})],
      [],
      latest(value('A', 90, 100), value('B', 30, 50)),
      def,
      '2026-12-01',
    );
    expect(overview.indicators[0]).toMatchObject({
      percent: 80,
      met: true,
      targetPercent: 80,
      target: '≥ 80 %',
    });
    expect(overview.indicators[0].total?.display).toBe('120/150 = 80,00 % (bình quân đơn vị 75,00 %)');
    expect(overview.indicators[0].units.map((u) => u.unitCode)).toEqual(['A', 'B']);
  });

  it('given no figure yet, then the indicator has no value rather than zero', () => {
    const overview = planOverview([facts('A', {})], [], latest(), def, '2026-12-01');
    expect(overview.indicators[0]).toMatchObject({ percent: null, met: null, units: [] });
  });
});
