import type { PlanDefinition } from '../plan/definition';
import { roman } from '../roman';
import { addDays, civilDate, endOfDay, type CivilDate } from './civil';

export type PeriodicKind = 'quarterly' | 'annual';

/**
 * A reporting period by the cut-offs of Nghị định 09/2019/NĐ-CP: data from the 15th of the
 * quarter's preceding month to the 14th of its last month; a year from 15/12 to 14/12.
 */
export interface ReportingPeriod {
  /** `2026-Q1` or `2026`. */
  key: string;
  kind: PeriodicKind;
  label: string;
  from: CivilDate;
  to: CivilDate;
}

/** A periodic report the plan's regime demands: its period, last day and the phase it belongs to. */
export interface PeriodicReport extends ReportingPeriod {
  dueOn: CivilDate;
  /** The instant the report becomes late: the end of `dueOn` in Vietnam. */
  dueAt: string;
  phaseCode: string;
}

export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): ReportingPeriod {
  const lastMonth = quarter * 3;
  return {
    key: `${year}-Q${quarter}`,
    kind: 'quarterly',
    label: `Quý ${roman(quarter)} năm ${year}`,
    from: civilDate(year, lastMonth - 3, 15), // month 0 is December of the year before
    to: civilDate(year, lastMonth, 14),
  };
}

export function yearPeriod(year: number): ReportingPeriod {
  return {
    key: `${year}`,
    kind: 'annual',
    label: `Năm ${year}`,
    from: civilDate(year - 1, 12, 15),
    to: civilDate(year, 12, 14),
  };
}

/** "Before day D of month M" leaves D − 1 as the last day (domain.md §6). */
const lastDayBefore = (year: number, month: number, day: number): CivilDate =>
  addDays(civilDate(year, month, day), -1);

/**
 * Every quarterly and annual report due under the plan's regime, in due order. A period
 * counts when it overlaps the plan; it is clipped to the plan's span and belongs to the
 * phase that holds its last data day (so a phase ending mid-quarter hands that quarter on).
 * Reports that would fall due after the plan has ended are left to its final review.
 */
export function periodicReports(def: PlanDefinition): PeriodicReport[] {
  const { quarterlyDueBeforeDay, annualDueBefore } = def.reporting;
  const first = Number(def.startsOn.slice(0, 4));
  const last = Number(def.endsOn.slice(0, 4)) + 1;
  const reports: PeriodicReport[] = [];
  for (let year = first; year <= last; year++) {
    if (quarterlyDueBeforeDay !== undefined) {
      for (const q of [1, 2, 3, 4] as const) {
        add(quarterPeriod(year, q), lastDayBefore(year, q * 3, quarterlyDueBeforeDay));
      }
    }
    if (annualDueBefore)
      add(yearPeriod(year), lastDayBefore(year, annualDueBefore.month, annualDueBefore.day));
  }
  return reports.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.key.localeCompare(b.key));

  function add(period: ReportingPeriod, dueOn: CivilDate): void {
    if (period.to < def.startsOn || dueOn > def.endsOn) return;
    const from = period.from < def.startsOn ? def.startsOn : period.from;
    const to = period.to > def.endsOn ? def.endsOn : period.to;
    const phase =
      def.phases.find((p) => p.startsOn <= to && to <= p.endsOn) ??
      def.phases.filter((p) => p.startsOn <= to).at(-1) ??
      def.phases[0];
    reports.push({
      ...period,
      from,
      to,
      dueOn,
      dueAt: endOfDay(dueOn).toISOString(),
      phaseCode: phase?.code ?? '',
    });
  }
}
