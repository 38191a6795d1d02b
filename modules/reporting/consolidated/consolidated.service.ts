import { Injectable } from '@nestjs/common';
import { civilDateAt, formatNumber } from '@kernel';
import { TASK_STATUS_LABELS, type TaskStatus } from '@modules/assignment/assignment.decider';
import type { AssignmentView } from '@modules/assignment/assignment.projection';
import {
  countTimeStates,
  judgeTask,
  TIME_STATE_LABELS,
  timeStateOf,
  type TaskDates,
} from '@modules/assignment/assignment.policy';
import { AssignmentQuery } from '@modules/assignment/assignment.query';
import { describeMeasure, describeTarget } from '@modules/assignment/assignment.indicators';
import { detailOf, measureOf, type IndicatorValueView } from '@modules/assignment/indicator-value.projection';
import { totalOf } from '@modules/assignment/indicator-totals';
import { allTasks, kindOf, launchedDefinition, type Indicator } from '@modules/plan/plan.definition';
import type { PlanView } from '@modules/plan/plan.entity';
import { PlanQuery } from '@modules/plan/plan.query';
import { UnitDirectoryQuery } from '@modules/unit-directory/unit-directory.query';
import type { ReportRequestView } from '../report-request.projection';
import type { ReportSubmissionView } from '../report-submission.projection';
import { ReportingQuery } from '../reporting.query';
import { timeliness, type UnitTimeliness } from '../reporting.policy';
import { ImplementationQuery } from '../implementation.query';
import {
  type ConsolidatedReport,
  type IndicatorRow,
  type IndicatorSummary,
  type TimelinessRow,
} from './consolidated';

/**
 * Builds the consolidated report from the read models: the appendix table of tasks with
 * results, indicator values against targets and report timeliness per unit. For a period
 * (a report request) results are what units submitted for it; without one, the current state.
 */
@Injectable()
export class ConsolidatedService {
  constructor(
    private readonly plans: PlanQuery,
    private readonly assignments: AssignmentQuery,
    private readonly units: UnitDirectoryQuery,
    private readonly reports: ReportingQuery,
    private readonly implementation: ImplementationQuery,
  ) {}

  async build(planId: string, period: string | undefined, now = new Date()): Promise<ConsolidatedReport> {
    const plan = await this.plans.plan(planId);
    const request = period ? await this.reports.requestFor(planId, period) : undefined;
    const [assignments, names] = await Promise.all([this.assignments.planRows(planId), this.units.names()]);
    const name = (code: string) => names.get(code) ?? code;
    const submissions = request ? await this.reports.submissions({ requestId: request.id }) : [];
    const def = plan.definition;
    const asOf = request?.asOf ?? request?.periodTo ?? civilDateAt(now);
    const groups = this.groups(plan, assignments, submissions, name, !!request, asOf);
    const indicators = await this.indicators(plan, request, submissions, name);
    return {
      plan: {
        id: plan.id,
        number: def.number,
        issuer: def.issuer,
        title: def.title,
        issuedOn: def.issuedOn,
        signer: def.signer,
        standingUnit: def.standingUnit,
        standingUnitName: name(def.standingUnit),
        organisation: plan.organisationCode ?? null,
      },
      period: request
        ? {
            requestId: request.id,
            kind: request.kind,
            key: request.periodKey,
            label: request.periodLabel ?? request.subject,
            number: request.number,
            subject: request.subject,
            from: request.periodFrom,
            to: request.periodTo,
            dueOn: request.dueOn,
            issuedOn: request.issuedOn,
            sender: request.sender,
          }
        : null,
      generatedAt: now.toISOString(),
      asOf,
      deadlines: deadlines(groups, assignments, name, asOf),
      groups,
      indicators,
      indicatorTotals: await this.totals(plan, indicators, name),
      narrative: (request?.sections ?? []).map(({ code, title }) => ({
        code,
        title,
        entries: [...submissions]
          .sort((a, b) => a.unitCode.localeCompare(b.unitCode))
          .flatMap((s) =>
            s.sections[code]
              ? [{ unitCode: s.unitCode, unitName: name(s.unitCode), text: s.sections[code] }]
              : [],
          ),
      })),
      timeliness: await this.timeliness(planId, request, name, now),
      implementation: await this.implementation.of(planId, def.indicators),
    };
  }

  private groups(
    plan: PlanView,
    assignments: AssignmentView[],
    submissions: ReportSubmissionView[],
    name: (code: string) => string,
    forPeriod: boolean,
    asOf: string,
  ): ConsolidatedReport['groups'] {
    const submitted = new Map<string, { status?: TaskStatus; result: string }>();
    for (const s of submissions)
      for (const r of s.taskResults) submitted.set(`${s.unitCode}/${r.taskCode}`, r);
    const byTask = groupBy(assignments, (a) => a.taskCode);
    const rowsOf = (code: string) => byTask.get(code) ?? [];
    // Every coordinator, named or in a group: a group may be every commune of a province, so the
    // report writes it as its label and size, and finds its units' rows by unit.
    const everyCoordinator = new Map(
      allTasks(launchedDefinition(plan)).map((t) => [t.code, t.coordinatingUnits]),
    );
    const groupsOf = (code: string) =>
      plan.launchParties
        .filter((p) => p.taskCodes.includes(code))
        .map((p) => `${p.label} (${formatNumber(p.units.length)} đơn vị)`);
    return plan.definition.taskGroups.map((group) => ({
      code: group.code,
      title: group.title,
      tasks: group.tasks.map((task, i) => {
        const rows = rowsOf(task.code);
        const lead = rows.find((r) => r.role === 'lead');
        const byUnit = new Map(rows.map((r) => [r.unitCode, r]));
        const reported = forPeriod ? submitted.get(`${task.leadUnit}/${task.code}`) : undefined;
        const status = forPeriod ? (reported?.status ?? null) : (lead?.status ?? null);
        const result = forPeriod ? (reported?.result ?? '') : (lead?.result ?? '');
        const timeState = timeStateOf(datesOf(lead, task.dueOn), asOf);
        const contributions = everyCoordinator
          .get(task.code)!
          .map((unitCode) => {
            const text = forPeriod
              ? (submitted.get(`${unitCode}/${task.code}`)?.result ?? '')
              : (byUnit.get(unitCode)?.result ?? '');
            return { unitCode, unitName: name(unitCode), text };
          })
          .filter((c) => c.text);
        return {
          stt: i + 1,
          code: task.code,
          title: task.title,
          leadUnit: task.leadUnit,
          leadUnitName: name(task.leadUnit),
          coordinatingUnits: task.coordinatingUnits,
          coordinatingUnitNames: [...task.coordinatingUnits.map(name), ...groupsOf(task.code)],
          status,
          statusLabel: status ? TASK_STATUS_LABELS[status] : forPeriod ? 'Chưa báo cáo' : '',
          // A yearly task shows the deadline it is judged on as of the report's day.
          dueOn: judgeTask(datesOf(lead, task.dueOn), asOf).dueOn,
          recurringYearly: !!lead?.recurringUntil,
          doneOn: lead?.doneOn ?? null,
          timeState,
          timeStateLabel: TIME_STATE_LABELS[timeState],
          result,
          contributions,
        };
      }),
    }));
  }

  private async indicators(
    plan: PlanView,
    request: ReportRequestView | undefined,
    submissions: ReportSubmissionView[],
    name: (code: string) => string,
  ): Promise<IndicatorRow[]> {
    const values = request
      ? submissions.flatMap((s) =>
          s.indicatorValues.map(({ period, ...measure }) => ({ unitCode: s.unitCode, period, measure })),
        )
      : latestPerIndicator(await this.assignments.indicatorValues({ planId: plan.id })).map((v) => ({
          unitCode: v.unitCode,
          period: v.period,
          measure: measureOf(v),
        }));
    const indicators = new Map(plan.definition.indicators.map((i) => [i.code, i]));
    const evidence = await this.assignments.figureEvidenceCounts(plan.id);
    return values
      .filter((v) => indicators.has(v.measure.indicatorCode))
      .map(({ unitCode, period, measure: m }): IndicatorRow => {
        const indicator = indicators.get(m.indicatorCode)!;
        return {
          unitCode,
          unitName: name(unitCode),
          indicatorCode: m.indicatorCode,
          indicatorName: indicator.name,
          kind: kindOf(indicator),
          target: describeTarget(indicator),
          period,
          text: describeMeasure(indicator, m),
          numerator: m.numerator ?? null,
          denominator: m.denominator ?? null,
          percent: m.percent ?? null,
          value: m.value ?? null,
          detail: detailOf(m),
          met: m.met,
          evidence: evidence.get(`${unitCode}/${m.indicatorCode}/${period}`) ?? 0,
        };
      })
      .sort((a, b) => a.unitCode.localeCompare(b.unitCode) || a.indicatorCode.localeCompare(b.indicatorCode));
  }

  /** Each indicator added up over the units that reported it, and by their parent and former unit. */
  private async totals(
    plan: PlanView,
    rows: IndicatorRow[],
    name: (code: string) => string,
  ): Promise<IndicatorSummary[]> {
    const units = new Map(
      (await this.units.units([...new Set(rows.map((r) => r.unitCode))])).map((u) => [u.id, u]),
    );
    const parentOf = (code: string) => units.get(code)?.parentCode ?? code;
    // The unit it belonged to before its last move (a commune before the merger); else its parent.
    const formerOf = (code: string) => units.get(code)?.formerParents.at(-1)?.parentCode ?? parentOf(code);
    const grouped = (indicator: Indicator, mine: IndicatorRow[], key: (code: string) => string) =>
      [...groupBy(mine, (r) => key(r.unitCode))].map(([code, group]) => ({
        code,
        name: name(code),
        total: totalOf(indicator, group.map(measureOf)),
      }));
    const byIndicator = groupBy(rows, (r) => r.indicatorCode);
    return plan.definition.indicators.map((indicator) => {
      const mine = byIndicator.get(indicator.code) ?? [];
      return {
        indicatorCode: indicator.code,
        indicatorName: indicator.name,
        kind: kindOf(indicator),
        target: describeTarget(indicator),
        items: indicator.criteria ?? indicator.parts ?? [],
        overall: totalOf(indicator, mine.map(measureOf)),
        byParent: grouped(indicator, mine, parentOf),
        byFormer: grouped(indicator, mine, formerOf),
      };
    });
  }

  private async timeliness(
    planId: string,
    request: ReportRequestView | undefined,
    name: (code: string) => string,
    now: Date,
  ): Promise<TimelinessRow[]> {
    const requests = request ? [request] : await this.reports.planRequests(planId);
    const submissions = await this.reports.submissions({ planId });
    const byRequest = groupBy(submissions, (s) => s.requestId);
    const all: UnitTimeliness[] = requests.flatMap((r) => timeliness(r, byRequest.get(r.id) ?? [], now));
    const byUnit = groupBy(all, (t) => t.unitCode);
    return [...byUnit.keys()].sort().map((unitCode) => {
      const mine = byUnit.get(unitCode)!;
      const count = (status: UnitTimeliness['status']) => mine.filter((t) => t.status === status).length;
      return {
        unitCode,
        unitName: name(unitCode),
        asked: mine.length,
        onTime: count('on_time'),
        late: count('late'),
        daysLate: mine.reduce((n, t) => n + t.daysLate, 0),
        missing: count('overdue'),
        pending: count('pending'),
        label: request ? mine[0].label : `${count('on_time')}/${mine.length} đúng hạn`,
      };
    });
  }
}

/** A task's days as its lead unit recorded them (a task not issued yet is judged on its due day alone). */
const datesOf = (lead: AssignmentView | undefined, dueOn: string | undefined): TaskDates => ({
  dueOn: dueOn ?? null,
  startedOn: lead?.startedOn ?? null,
  doneOn: lead?.doneOn ?? null,
  completions: lead?.completions ?? null,
  recurringUntil: lead?.recurringUntil ?? null,
});

function deadlines(
  groups: ConsolidatedReport['groups'],
  assignments: AssignmentView[],
  name: (code: string) => string,
  asOf: string,
): ConsolidatedReport['deadlines'] {
  const leads = assignments.filter((a) => a.role === 'lead');
  const byUnit = groupBy(leads, (a) => a.unitCode);
  const byGroup = groupBy(leads, (a) => a.groupCode);
  const dates = (rows: AssignmentView[]) => rows.map((a) => datesOf(a, a.dueOn ?? undefined));
  return {
    total: countTimeStates(dates(leads), asOf),
    byGroup: groups.map((g) => ({
      code: g.code,
      title: g.title,
      counts: countTimeStates(dates(byGroup.get(g.code) ?? []), asOf),
    })),
    byUnit: [...byUnit.keys()].sort().map((unitCode) => ({
      unitCode,
      unitName: name(unitCode),
      counts: countTimeStates(dates(byUnit.get(unitCode)!), asOf),
    })),
  };
}

/** Report-sized lists are grouped once: filtering per task or per unit is quadratic at 3,321 units. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Without a period, each unit's latest period per indicator. */
function latestPerIndicator(values: IndicatorValueView[]): IndicatorValueView[] {
  const latest = new Map<string, IndicatorValueView>();
  for (const v of values) {
    const key = `${v.unitCode}/${v.indicatorCode}`;
    const seen = latest.get(key);
    if (!seen || v.period > seen.period) latest.set(key, v);
  }
  return [...latest.values()];
}

export const reportDate = (report: ConsolidatedReport): string => civilDateAt(new Date(report.generatedAt));
