import { periodOf } from '@kernel';
import type { AssignmentView } from '@modules/assignment/assignment.projection';
import type { IndicatorValueView } from '@modules/assignment/indicator-value.projection';
import type { FigureWriter } from '@modules/assignment/assignment.query';
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
  /** How figures are written (the assignment module's). */
  figures: FigureWriter;
}

/**
 * What is known of each participating unit over a review's span: lead tasks with the day they
 * were done, reports due in the span with their timeliness, each applicable indicator's latest
 * value in the span, initiatives recognised in it.
 */
export function reviewFacts(
  { assignments, units, reports, values, initiatives, figures }: ReviewRecords,
  def: PlanDefinition,
  span: { from: string; to: string },
): UnitFacts[] {
  const unitOf = new Map(units.map((u) => [u.id, u]));
  const latestOf = latestValues(values, span);
  const codes = [...new Set(assignments.map((a) => a.unitCode))].sort();
  return codes.map((unitCode) => {
    const unit = unitOf.get(unitCode);
    const latest = (indicatorCode: string) => latestOf.get(`${unitCode}/${indicatorCode}`);
    return {
      unitCode,
      unitName: unit?.name ?? unitCode,
      leadTasks: assignments
        .filter((a) => a.unitCode === unitCode && a.role === 'lead')
        .map((a) => ({
          code: a.taskCode,
          status: a.status,
          dueOn: a.dueOn,
          doneOn: a.doneOn,
        })),
      reports: reports
        .filter((t) => t.unitCode === unitCode)
        .map((t) => ({ requestId: t.requestId, status: t.status, daysLate: t.daysLate })),
      indicators: def.indicators
        .filter((i) => unit && i.unitKinds.includes(unit.kind))
        .map((i) => {
          const v = latest(i.code);
          const target = figures.target(i);
          return {
            code: i.code,
            name: i.name,
            target: target || null,
            value: v ? { text: figures.value(i, v), met: v.met, period: v.period } : null,
          };
        }),
      initiatives: initiatives.filter((i) => i.unitCode === unitCode).length,
    };
  });
}

/**
 * Each unit's latest value of each indicator among the periods that overlap the span, keyed
 * `unit/indicator`: the period ending last wins (a year over its quarters, if it ends later).
 */
export function latestValues(
  values: IndicatorValueView[],
  span: { from: string; to: string },
): Map<string, IndicatorValueView> {
  const range = (v: IndicatorValueView) => periodOf(v.period) ?? { from: v.period, to: v.period };
  const latest = new Map<string, IndicatorValueView>();
  for (const v of values) {
    const { from, to } = range(v);
    if (to < span.from || from > span.to) continue;
    const key = `${v.unitCode}/${v.indicatorCode}`;
    const seen = latest.get(key);
    if (!seen || to > range(seen).to || (to === range(seen).to && v.recordedAt > seen.recordedAt))
      latest.set(key, v);
  }
  return latest;
}
