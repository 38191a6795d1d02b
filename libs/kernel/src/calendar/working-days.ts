import { addDays, dayOfWeek, type CivilDate } from './civil';

/**
 * One year's public holidays and the government's announced changes, as data: days off
 * (holidays, compensatory and bridge days) and weekend days declared working days (swaps).
 */
export interface HolidayYear {
  daysOff: CivilDate[];
  workingWeekendDays: CivilDate[];
  /** Where the dates come from, so a clerk can check them. */
  source: string;
}

export type HolidayCalendar = Record<number, HolidayYear>;

export interface WorkingDayRules {
  isWorkingDay(date: CivilDate): boolean;
  /** The day `n` working days after `date` (n ≥ 1); `date` itself does not count. */
  addWorkingDays(date: CivilDate, n: number): CivilDate;
  /** Working days in (from, to]: how many working days a deadline had run by `to`. */
  workingDaysBetween(from: CivilDate, to: CivilDate): number;
}

export function workingDays(calendar: HolidayCalendar): WorkingDayRules {
  const off = new Set(Object.values(calendar).flatMap((y) => y.daysOff));
  const swapped = new Set(Object.values(calendar).flatMap((y) => y.workingWeekendDays));
  const isWorkingDay = (date: CivilDate): boolean => {
    if (swapped.has(date)) return true;
    const dow = dayOfWeek(date);
    return dow !== 0 && dow !== 6 && !off.has(date);
  };
  return {
    isWorkingDay,
    addWorkingDays(date, n) {
      let day = date;
      for (let left = n; left > 0;) {
        day = addDays(day, 1);
        if (isWorkingDay(day)) left--;
      }
      return day;
    },
    workingDaysBetween(from, to) {
      let count = 0;
      for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count++;
      return count;
    },
  };
}
