import { fail } from '../errors';

/** Civil dates are ISO `YYYY-MM-DD` strings, read in the Asia/Ho_Chi_Minh time zone. */
export type CivilDate = string;

const DAY_MS = 86_400_000;
/**
 * Asia/Ho_Chi_Minh has been UTC+07:00 all year since 1975 (no daylight saving), so a fixed
 * offset is exact and keeps this module free of time-zone data and of the process's zone.
 */
export const VIETNAM_OFFSET = '+07:00';
const OFFSET_MS = 7 * 3_600_000;

const toUtc = (date: CivilDate): number => Date.parse(`${date}T00:00:00Z`);
const fromUtc = (ms: number): CivilDate => new Date(ms).toISOString().slice(0, 10);

export function civilDate(year: number, month: number, day: number): CivilDate {
  return fromUtc(Date.UTC(year, month - 1, day));
}

export const addDays = (date: CivilDate, days: number): CivilDate => fromUtc(toUtc(date) + days * DAY_MS);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: CivilDate, to: CivilDate): number =>
  Math.round((toUtc(to) - toUtc(from)) / DAY_MS);

/** 0 = Sunday … 6 = Saturday. */
export const dayOfWeek = (date: CivilDate): number => new Date(toUtc(date)).getUTCDay();

/** The instant a civil day starts in Vietnam. */
export const startOfDay = (date: CivilDate): Date => new Date(toUtc(date) - OFFSET_MS);

/** The civil date in Vietnam at an instant. */
export const civilDateAt = (instant: Date): CivilDate => fromUtc(instant.getTime() + OFFSET_MS);

/** A deadline "by the end of `lastDay`" as an instant: the start of the following day. */
export const endOfDay = (lastDay: CivilDate): Date => startOfDay(addDays(lastDay, 1));

/** `dd/mm/yyyy`, as Vietnamese documents write dates. */
export function formatVietnamese(date: CivilDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

export const isCivilDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && Number.isFinite(toUtc(value)) && fromUtc(toUtc(value)) === value;

/**
 * Days late, counted in started days after the deadline: a report one hour late is one day
 * late. Zero when on time.
 */
export function daysLate(dueAt: string, submittedAt: string): number {
  const late = Date.parse(submittedAt) - Date.parse(dueAt);
  return late < 0 ? 0 : Math.max(1, Math.ceil(late / DAY_MS));
}

/**
 * Facts are recorded as they happened, often long after: the day they happened is given, and
 * may be any day up to today in Vietnam, never a day still to come.
 */
export function happenedBy(date: CivilDate, now: Date, field: string, what: string): CivilDate {
  const today = civilDateAt(now);
  if (date > today)
    fail(
      'DATE_IN_FUTURE',
      `${what} (${formatVietnamese(date)}) không được sau ngày hôm nay (${formatVietnamese(today)})`,
      {
        field,
      },
    );
  return date;
}

/**
 * The same day every year from `first` until `until` (inclusive): a yearly deadline. 29/02
 * falls on 28/02 in the years without it.
 */
export function yearlyDays(first: CivilDate, until: CivilDate): CivilDate[] {
  const [start, month, day] = first.split('-').map(Number);
  const days: CivilDate[] = [];
  for (let year = start; ; year++) {
    const lastOfMonth = Number(civilDate(year, month + 1, 0).slice(8));
    const due = civilDate(year, month, Math.min(day, lastOfMonth));
    if (due > until) return days;
    days.push(due);
  }
}
