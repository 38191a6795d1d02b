import type { CivilDate } from '@kernel';
import { measure } from './assignment.indicators';
import type { AssignmentView } from './assignment.projection';
import type { TaskStatus } from './assignment.decider';
import type { PlanDefinition } from '@modules/plan/plan.definition';
import type { Timeliness } from '@modules/reporting/reporting.policy';
import type { UnitFacts } from '@modules/review/review.scoring';

export interface UnitOverview {
  unitCode: string;
  unitName: string;
  /** The unit's assignments (lead and coordinating) by status; overdue: not done after the due day. */
  tasks: Record<TaskStatus, number> & { overdue: number };
  /** The unit's answers to the reports due so far. */
  reports: Record<Timeliness, number> & { daysLate: number };
}

export interface IndicatorOverview {
  code: string;
  name: string;
  comparator: string;
  targetPercent: number;
  /** All units' latest counts added up, measured against the target; null before any figure. */
  percent: number | null;
  met: boolean | null;
  units: Array<{ unitCode: string; unitName: string; percent: number; met: boolean; period: string }>;
}

export interface PlanOverview {
  asOf: CivilDate;
  units: UnitOverview[];
  indicators: IndicatorOverview[];
}

/**
 * Where a plan stands on a day: every participating unit's tasks and reports, and each
 * indicator's latest figures against its target. Read from the same facts a review scores.
 */
export function planOverview(
  facts: UnitFacts[],
  assignments: AssignmentView[],
  def: PlanDefinition,
  asOf: CivilDate,
): PlanOverview {
  const units = facts.map((f): UnitOverview => {
    const own = assignments.filter((a) => a.unitCode === f.unitCode);
    const count = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length;
    return {
      unitCode: f.unitCode,
      unitName: f.unitName,
      tasks: {
        not_started: count(own, (a) => a.status === 'not_started'),
        in_progress: count(own, (a) => a.status === 'in_progress'),
        done: count(own, (a) => a.status === 'done'),
        overdue: count(own, (a) => a.status !== 'done' && a.dueOn !== null && a.dueOn < asOf),
      },
      reports: {
        on_time: count(f.reports, (r) => r.status === 'on_time'),
        late: count(f.reports, (r) => r.status === 'late'),
        overdue: count(f.reports, (r) => r.status === 'overdue'),
        pending: count(f.reports, (r) => r.status === 'pending'),
        daysLate: f.reports.reduce((sum, r) => sum + r.daysLate, 0),
      },
    };
  });
  const indicators = def.indicators.map((indicator): IndicatorOverview => {
    const measured = facts.flatMap((f) => {
      const value = f.indicators.find((i) => i.code === indicator.code)?.value;
      return value ? [{ unitCode: f.unitCode, unitName: f.unitName, ...value }] : [];
    });
    const total = measured.reduce(
      (sum, v) => ({ numerator: sum.numerator + v.numerator, denominator: sum.denominator + v.denominator }),
      { numerator: 0, denominator: 0 },
    );
    const overall = total.denominator > 0 ? measure(indicator, total.numerator, total.denominator) : null;
    return {
      code: indicator.code,
      name: indicator.name,
      comparator: indicator.comparator,
      targetPercent: indicator.targetPercent,
      percent: overall?.percent ?? null,
      met: overall?.met ?? null,
      units: measured.map(({ unitCode, unitName, percent, met, period }) => ({
        unitCode,
        unitName,
        percent,
        met,
        period,
      })),
    };
  });
  return { asOf, units, indicators };
}
