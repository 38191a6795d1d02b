import { roman } from '../roman';
import { civilDate, formatVietnamese, isCivilDate, type CivilDate } from './civil';

export const PERIOD_KINDS = ['monthly', 'quarterly', 'half_year', 'nine_months', 'annual', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
/** Kept for the events of plans launched before every kind existed. */
export type PeriodicKind = 'quarterly' | 'annual';

/**
 * Where a period's data starts and stops: on calendar months, or on the reporting regime's
 * cut-off (Nghị định 09/2019/NĐ-CP: from the 15th of the month before to the 14th).
 * The plan or the request says which.
 */
export const PERIOD_REGIMES = ['cutoff', 'calendar'] as const;
export type PeriodRegime = (typeof PERIOD_REGIMES)[number];
export const PERIOD_REGIME_LABELS: Record<PeriodRegime, string> = {
  cutoff: 'Theo chế độ báo cáo (từ ngày 15 tháng trước đến ngày 14)',
  calendar: 'Theo tháng dương lịch',
};

export interface ReportingPeriod {
  /** `2026-06`, `2026-Q2`, `2026-H1`, `2026-9M`, `2026`, or `2025-12-15..2026-06-14`. */
  key: string;
  kind: PeriodKind;
  label: string;
  from: CivilDate;
  to: CivilDate;
}

/** A periodic report the plan's regime demands: its period, last day and the phase it belongs to. */
export interface PeriodicReport extends ReportingPeriod {
  kind: Exclude<PeriodKind, 'custom'>;
  dueOn: CivilDate;
  /** The instant the report becomes late: the end of `dueOn` in Vietnam. */
  dueAt: string;
  phaseCode: string;
}

export const PERIOD_KEY_FORMS =
  'YYYY, YYYY-MM, YYYY-Qn, YYYY-H1, YYYY-H2, YYYY-9M hoặc YYYY-MM-DD..YYYY-MM-DD';

/**
 * The months `first`..`last` of `year` (months may run past 12 or below 1) as data days: whole
 * months on the calendar; under the cut-off from the 15th of the month before `first` to the
 * 14th of `last`, so a year's first quarter starts in December of the year before.
 */
function months(year: number, first: number, last: number, regime: PeriodRegime) {
  return regime === 'calendar'
    ? { from: civilDate(year, first, 1), to: civilDate(year, last + 1, 0) }
    : { from: civilDate(year, first - 1, 15), to: civilDate(year, last, 14) };
}

export function monthPeriod(year: number, month: number, regime: PeriodRegime = 'cutoff'): ReportingPeriod {
  const key = `${year}-${String(month).padStart(2, '0')}`;
  return { key, kind: 'monthly', label: `Tháng ${month} năm ${year}`, ...months(year, month, month, regime) };
}

export function quarterPeriod(
  year: number,
  quarter: 1 | 2 | 3 | 4,
  regime: PeriodRegime = 'cutoff',
): ReportingPeriod {
  return {
    key: `${year}-Q${quarter}`,
    kind: 'quarterly',
    label: `Quý ${roman(quarter)} năm ${year}`,
    ...months(year, quarter * 3 - 2, quarter * 3, regime),
  };
}

export function halfYearPeriod(year: number, half: 1 | 2, regime: PeriodRegime = 'cutoff'): ReportingPeriod {
  return {
    key: `${year}-H${half}`,
    kind: 'half_year',
    label: `6 tháng ${half === 1 ? 'đầu' : 'cuối'} năm ${year}`,
    ...months(year, half * 6 - 5, half * 6, regime),
  };
}

export function nineMonthPeriod(year: number, regime: PeriodRegime = 'cutoff'): ReportingPeriod {
  return {
    key: `${year}-9M`,
    kind: 'nine_months',
    label: `9 tháng năm ${year}`,
    ...months(year, 1, 9, regime),
  };
}

export function yearPeriod(year: number, regime: PeriodRegime = 'cutoff'): ReportingPeriod {
  return { key: `${year}`, kind: 'annual', label: `Năm ${year}`, ...months(year, 1, 12, regime) };
}

export function customPeriod(from: CivilDate, to: CivilDate): ReportingPeriod {
  return {
    key: `${from}..${to}`,
    kind: 'custom',
    label: `Từ ngày ${formatVietnamese(from)} đến ngày ${formatVietnamese(to)}`,
    from,
    to,
  };
}

const KEY = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])|H([12])|(9M)))?$/;

/** The period a key names under a regime; undefined for a key of no known form. */
export function periodOf(key: string, regime: PeriodRegime = 'cutoff'): ReportingPeriod | undefined {
  const range = key.split('..');
  if (range.length === 2) {
    const [from, to] = range;
    return isCivilDate(from) && isCivilDate(to) && from <= to ? customPeriod(from, to) : undefined;
  }
  const match = KEY.exec(key);
  if (!match) return undefined;
  const [, y, month, quarter, half, nine] = match;
  const year = Number(y);
  if (month)
    return Number(month) >= 1 && Number(month) <= 12 ? monthPeriod(year, Number(month), regime) : undefined;
  if (quarter) return quarterPeriod(year, Number(quarter) as 1 | 2 | 3 | 4, regime);
  if (half) return halfYearPeriod(year, Number(half) as 1 | 2, regime);
  if (nine) return nineMonthPeriod(year, regime);
  return yearPeriod(year, regime);
}

/**
 * The period of a kind whose data holds `date`: under the cut-off a day from the 15th on
 * belongs to the next month's period (20/12/2025 is in Quý I and Năm 2026). A 9-month period
 * holds only days up to its end; custom periods are not found by a date.
 */
export function periodContaining(
  kind: Exclude<PeriodKind, 'custom'>,
  date: CivilDate,
  regime: PeriodRegime = 'cutoff',
): ReportingPeriod | undefined {
  let year = Number(date.slice(0, 4));
  let month = Number(date.slice(5, 7));
  if (regime === 'cutoff' && Number(date.slice(8, 10)) >= 15) month += 1;
  if (month > 12) [year, month] = [year + 1, 1];
  switch (kind) {
    case 'monthly':
      return monthPeriod(year, month, regime);
    case 'quarterly':
      return quarterPeriod(year, Math.ceil(month / 3) as 1 | 2 | 3 | 4, regime);
    case 'half_year':
      return halfYearPeriod(year, month <= 6 ? 1 : 2, regime);
    case 'nine_months':
      return month <= 9 ? nineMonthPeriod(year, regime) : undefined;
    case 'annual':
      return yearPeriod(year, regime);
  }
}

export const withinPeriod = (period: { from: CivilDate; to: CivilDate }, date: CivilDate): boolean =>
  period.from <= date && date <= period.to;
