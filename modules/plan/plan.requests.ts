import {
  addDays,
  civilDate,
  endOfDay,
  quarterPeriod,
  yearPeriod,
  type CivilDate,
  type PeriodicReport,
  type ReportingPeriod,
} from '@kernel';
import type { PlanDefinition } from './plan.definition';

export const REQUEST_KINDS = ['quarterly', 'annual', 'adhoc'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** A demand for reports from units: periodic by the plan's regime, or ad hoc (e.g. 669/SKH&CN-CĐS). */
export interface ReportRequest {
  requestId: string;
  kind: RequestKind;
  /** The request's document number, for ad-hoc requests. */
  number?: string;
  issuedOn: CivilDate;
  subject: string;
  period?: { key: string; label: string; from: CivilDate; to: CivilDate };
  phaseCode?: string;
  /** Last day to submit on time, and the instant a submission becomes late. */
  dueOn: CivilDate;
  dueAt: string;
  units: string[];
  remindDaysBefore: number[];
  requestedAt: string;
}

const DAY_MS = 86_400_000;

export const reminderAt = (request: ReportRequest, daysBefore: number): string =>
  new Date(Date.parse(request.dueAt) - daysBefore * DAY_MS).toISOString();

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
