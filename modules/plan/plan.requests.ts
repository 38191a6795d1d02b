import {
  addDays,
  civilDate,
  endOfDay,
  halfYearPeriod,
  monthPeriod,
  nineMonthPeriod,
  quarterPeriod,
  yearPeriod,
  type CivilDate,
  type PeriodicReport,
  type PeriodRegime,
  type ReportingPeriod,
} from '@kernel';
import type { PlanDefinition } from './plan.definition';

export const REQUEST_KINDS = ['monthly', 'quarterly', 'half_year', 'nine_months', 'annual', 'adhoc'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** A part of a report offices write in prose, in the order the request's template gives. */
export interface ReportSection {
  code: string;
  title: string;
}

/** The sections a report has unless its request gives its own template. */
export const DEFAULT_REPORT_SECTIONS: ReportSection[] = [
  { code: 'ket_qua', title: 'Kết quả thực hiện' },
  { code: 'han_che', title: 'Hạn chế, khó khăn' },
  { code: 'nguyen_nhan', title: 'Nguyên nhân' },
  { code: 'de_xuat', title: 'Đề xuất, kiến nghị' },
  { code: 'phuong_huong', title: 'Phương hướng, nhiệm vụ thời gian tới' },
];

export const sectionsOf = (request: { sections?: ReportSection[] | null }): ReportSection[] =>
  request.sections ?? DEFAULT_REPORT_SECTIONS;

/** A demand for reports from units: periodic by the plan's regime, or ad hoc (e.g. 669/SKH&CN-CĐS). */
export interface ReportRequest {
  requestId: string;
  kind: RequestKind;
  /** The request's document number, for ad-hoc requests. */
  number?: string;
  issuedOn: CivilDate;
  subject: string;
  /** The period its figures describe (absent only in requests from before every request had one). */
  period?: { key: string; label: string; from: CivilDate; to: CivilDate };
  /** The day figures are counted as of, when not the period's last day. */
  asOf?: CivilDate;
  /** Who sent it, when it came from outside the plan's organisation (a city's công văn). */
  sender?: string;
  /** The sections units write, when not the default ones. */
  sections?: ReportSection[];
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
/**
 * Every periodic report due under the plan's regime, in due order. A period counts when it
 * overlaps the plan; it is clipped to the plan's span and belongs to the phase that holds its
 * last data day (so a phase ending mid-quarter hands that quarter on). Reports that would fall
 * due after the plan has ended are left to its final review.
 */
export function periodicReports(def: PlanDefinition): PeriodicReport[] {
  const regime: PeriodRegime = def.reporting.periods ?? 'cutoff';
  const { monthlyDueBeforeDay, quarterlyDueBeforeDay, halfYearDueBeforeDay, nineMonthsDueBeforeDay } =
    def.reporting;
  const { annualDueBefore } = def.reporting;
  const first = Number(def.startsOn.slice(0, 4));
  const last = Number(def.endsOn.slice(0, 4)) + 1;
  const reports: PeriodicReport[] = [];
  const schedule = (period: ReportingPeriod, day: number | undefined) => {
    if (day !== undefined) add(period, dueBefore(period, day));
  };
  for (let year = first; year <= last; year++) {
    for (let month = 1; month <= 12; month++) schedule(monthPeriod(year, month, regime), monthlyDueBeforeDay);
    for (const q of [1, 2, 3, 4] as const) schedule(quarterPeriod(year, q, regime), quarterlyDueBeforeDay);
    for (const half of [1, 2] as const) schedule(halfYearPeriod(year, half, regime), halfYearDueBeforeDay);
    schedule(nineMonthPeriod(year, regime), nineMonthsDueBeforeDay);
    if (annualDueBefore)
      add(yearPeriod(year, regime), lastDayBefore(year, annualDueBefore.month, annualDueBefore.day));
  }
  return reports.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.key.localeCompare(b.key));

  /**
   * "Before day D": of the month the data ends in under the cut-off (its periods end on the
   * 14th, so D = 15 leaves the cut-off day itself); of the month after on the calendar.
   */
  function dueBefore(period: ReportingPeriod, day: number): CivilDate {
    const [year, month] = period.to.split('-').map(Number);
    return lastDayBefore(year, regime === 'cutoff' ? month : month + 1, day);
  }

  function add(period: ReportingPeriod, dueOn: CivilDate): void {
    if (period.kind === 'custom' || period.to < def.startsOn || dueOn > def.endsOn) return;
    const from = period.from < def.startsOn ? def.startsOn : period.from;
    const to = period.to > def.endsOn ? def.endsOn : period.to;
    const phase =
      def.phases.find((p) => p.startsOn <= to && to <= p.endsOn) ??
      def.phases.filter((p) => p.startsOn <= to).at(-1) ??
      def.phases[0];
    reports.push({
      ...period,
      kind: period.kind,
      from,
      to,
      dueOn,
      dueAt: endOfDay(dueOn).toISOString(),
      phaseCode: phase?.code ?? '',
    });
  }
}
