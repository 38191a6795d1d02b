import type { AssignmentView } from './assignment.projection';
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
const measured = (numerator: number, denominator: number) => [
  {
    ...indicator,
    value: { numerator, denominator, percent: (numerator * 100) / denominator, met: false, period: '2026' },
  },
];
const task = (unitCode: string, status: string, dueOn: string | null) =>
  ({ unitCode, status, dueOn }) as AssignmentView;

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
        task('A', 'done', '2026-06-30'),
        task('A', 'not_started', '2026-12-31'),
        task('B', 'not_started', null),
      ],
      def,
      '2026-12-01',
    );
    expect(overview.units).toEqual([
      {
        unitCode: 'A',
        unitName: 'Thôn A',
        tasks: { not_started: 1, in_progress: 1, done: 1, overdue: 1 },
        reports: { on_time: 0, late: 1, overdue: 1, pending: 0, daysLate: 3 },
      },
      {
        unitCode: 'B',
        unitName: 'Thôn B',
        tasks: { not_started: 1, in_progress: 0, done: 0, overdue: 0 },
        reports: { on_time: 1, late: 0, overdue: 0, pending: 0, daysLate: 0 },
      },
    ]);
  });

  it('given figures from two units, then the indicator adds their counts up before measuring against the target', () => {
    const overview = planOverview(
      [facts('A', { indicators: measured(90, 100) }), facts('B', { indicators: measured(30, 50) })],
      [],
      def,
      '2026-12-01',
    );
    expect(overview.indicators[0]).toMatchObject({ percent: 80, met: true, targetPercent: 80 });
    expect(overview.indicators[0].units.map((u) => u.unitCode)).toEqual(['A', 'B']);
  });

  it('given no figure yet, then the indicator has no value rather than zero', () => {
    const overview = planOverview([facts('A', {})], [], def, '2026-12-01');
    expect(overview.indicators[0]).toMatchObject({ percent: null, met: null, units: [] });
  });
});
