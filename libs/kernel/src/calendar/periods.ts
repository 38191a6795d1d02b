import { roman } from '../roman';
import { civilDate, type CivilDate } from './civil';

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
