import type { CivilDate } from '@kernel';
import { describeMeasure, describeTarget, kindOf } from './assignment.indicators';
import { countTimeStates, type TimeStateCounts } from './assignment.policy';
import { measureOf, type IndicatorValueView } from './indicator-value.projection';
import { totalOf, type IndicatorTotal } from './indicator-totals';
import type { AssignmentView } from './assignment.projection';
import type { TaskStatus } from './assignment.decider';
import type { IndicatorKind, PlanDefinition } from '@modules/plan/plan.definition';
import type { Timeliness } from '@modules/reporting/reporting.policy';
import type { UnitFacts } from '@modules/review/review.scoring';

export interface UnitOverview {
  unitCode: string;
  unitName: string;
  /** The unit's assignments (lead and coordinating) by status; overdue: not done after the due day. */
  tasks: Record<TaskStatus, number> & { overdue: number };
  /** The unit's lead tasks by time-state as of the day. */
  deadlines: TimeStateCounts;
  /** The unit's answers to the reports due so far. */
  reports: Record<Timeliness, number> & { daysLate: number };
}

export interface IndicatorOverview {
  code: string;
  name: string;
  kind: IndicatorKind;
  /** The target as written ("≥ 80,00 %", "≥ 12 lớp"); empty when none. */
  target: string;
  /** For the chart: the target percentage, when the kind has one. */
  targetPercent: number | null;
  /** All units' latest values added up (see IndicatorTotal), null before any figure. */
  total: IndicatorTotal | null;
  percent: number | null;
  met: boolean | null;
  units: Array<{
    unitCode: string;
    unitName: string;
    text: string;
    percent: number | null;
    met: boolean | null;
    period: string;
  }>;
}

export interface PlanOverview {
  asOf: CivilDate;
  /** Every lead task of the plan by time-state as of the day. */
  deadlines: TimeStateCounts;
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
  /** Each unit's latest value per indicator, keyed `unit/indicator` (see latestValues). */
  latest: Map<string, IndicatorValueView>,
  def: PlanDefinition,
  asOf: CivilDate,
): PlanOverview {
  const valueOf = (unitCode: string, indicatorCode: string) => latest.get(`${unitCode}/${indicatorCode}`);
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
      deadlines: countTimeStates(
        own.filter((a) => a.role === 'lead'),
        asOf,
      ),
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
      const value = valueOf(f.unitCode, indicator.code);
      return value ? [{ unitCode: f.unitCode, unitName: f.unitName, value }] : [];
    });
    const total = measured.length
      ? totalOf(
          indicator,
          measured.map((m) => measureOf(m.value)),
        )
      : null;
    return {
      code: indicator.code,
      name: indicator.name,
      kind: kindOf(indicator),
      target: describeTarget(indicator),
      targetPercent: indicator.targetPercent ?? null,
      total,
      percent: total?.percent ?? null,
      met: total?.met ?? null,
      units: measured.map(({ unitCode, unitName, value }) => ({
        unitCode,
        unitName,
        text: describeMeasure(indicator, measureOf(value)),
        percent: value.percent,
        met: value.met,
        period: value.period,
      })),
    };
  });
  const leads = assignments.filter((a) => a.role === 'lead');
  return { asOf, deadlines: countTimeStates(leads, asOf), units, indicators };
}
