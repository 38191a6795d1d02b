import { civilDateAt } from '@kernel';
import type { AssignmentView } from '@modules/assignment/assignment.projection';
import type { IndicatorValueView } from '@modules/assignment/indicator-value.projection';
import type { InitiativeView } from '@modules/assignment/initiative.projection';
import type { PlanDefinition } from '@modules/plan/plan.definition';
import type { UnitTimeliness } from '@modules/reporting/reporting.policy';
import type { UnitView } from '@modules/unit-directory/unit.projection';
import type { UnitFacts } from './review.scoring';

/** What the other modules' read models hold for a plan over a review's span. */
export interface ReviewRecords {
  assignments: AssignmentView[];
  units: UnitView[];
  /** Each report due in the span, and where each asked unit stands on it. */
  reports: Array<UnitTimeliness & { requestId: string }>;
  values: IndicatorValueView[];
  /** Initiatives recognised in the span. */
  initiatives: InitiativeView[];
}

/**
 * What is known of each participating unit over a review's span: lead tasks with the day they
 * were done, reports due in the span with their timeliness, each applicable indicator's latest
 * value in the span, initiatives recognised in it.
 */
export function reviewFacts(
  { assignments, units, reports, values, initiatives }: ReviewRecords,
  def: PlanDefinition,
  span: { from: string; to: string },
): UnitFacts[] {
  const unitOf = new Map(units.map((u) => [u.id, u]));
  const [fromYear, toYear] = [span.from.slice(0, 4), span.to.slice(0, 4)];
  const codes = [...new Set(assignments.map((a) => a.unitCode))].sort();
  return codes.map((unitCode) => {
    const unit = unitOf.get(unitCode);
    const latest = (indicatorCode: string) =>
      values
        .filter((v) => v.unitCode === unitCode && v.indicatorCode === indicatorCode)
        .filter((v) => v.period.slice(0, 4) >= fromYear && v.period.slice(0, 4) <= toYear)
        .sort((a, b) => b.period.localeCompare(a.period))[0];
    return {
      unitCode,
      unitName: unit?.name ?? unitCode,
      leadTasks: assignments
        .filter((a) => a.unitCode === unitCode && a.role === 'lead')
        .map((a) => ({
          code: a.taskCode,
          status: a.status,
          dueOn: a.dueOn,
          doneOn: a.doneAt ? civilDateAt(a.doneAt) : null,
        })),
      reports: reports
        .filter((t) => t.unitCode === unitCode)
        .map((t) => ({ requestId: t.requestId, status: t.status, daysLate: t.daysLate })),
      indicators: def.indicators
        .filter((i) => unit && i.unitKinds.includes(unit.kind))
        .map((i) => {
          const v = latest(i.code);
          return {
            code: i.code,
            name: i.name,
            comparator: i.comparator,
            targetPercent: i.targetPercent,
            value: v
              ? {
                  numerator: v.numerator,
                  denominator: v.denominator,
                  percent: v.percent,
                  met: v.met,
                  period: v.period,
                }
              : null,
          };
        }),
      initiatives: initiatives.filter((i) => i.unitCode === unitCode).length,
    };
  });
}
