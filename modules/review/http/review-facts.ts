import { type DataSource, Between } from 'typeorm';
import { civilDateAt } from '@kernel';
import { type PlanDefinition } from '@modules/plan/plan.definition';
import { type UnitFacts } from '../review.scoring';
import { AssignmentView } from '@modules/assignment/assignment.projection';
import { IndicatorValueView } from '@modules/assignment/indicator-value.projection';
import { InitiativeView } from '@modules/assignment/initiative.projection';
import { ReportRequestView } from '@modules/reporting/report-request.projection';
import { ReportSubmissionView } from '@modules/reporting/report-submission.projection';
import { UnitView } from '@modules/unit-directory/unit.projection';
import { timeliness } from '@modules/reporting/http/timeliness';

/**
 * What the read models know of each participating unit over a review's span: lead tasks with
 * the day they were done, reports due in the span with their timeliness, each applicable
 * indicator's latest value in the span, initiatives recognised in it.
 */
export async function gatherReviewFacts(
  db: DataSource,
  planId: string,
  def: PlanDefinition,
  span: { from: string; to: string },
  now: Date,
): Promise<UnitFacts[]> {
  const [assignments, units, requests, submissions, values, initiatives] = await Promise.all([
    db.getRepository(AssignmentView).find({ where: { planId }, order: { seq: 'ASC' } }),
    db.getRepository(UnitView).find(),
    db.getRepository(ReportRequestView).findBy({ planId, dueOn: Between(span.from, span.to) }),
    db.getRepository(ReportSubmissionView).findBy({ planId }),
    db.getRepository(IndicatorValueView).findBy({ planId }),
    db.getRepository(InitiativeView).findBy({ planId, recognizedOn: Between(span.from, span.to) }),
  ]);
  const unitOf = new Map(units.map((u) => [u.id, u]));
  const statuses = requests.flatMap((r) =>
    timeliness(
      r,
      submissions.filter((s) => s.requestId === r.id),
      now,
    ).map((t) => ({ ...t, requestId: r.id })),
  );
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
      reports: statuses
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
