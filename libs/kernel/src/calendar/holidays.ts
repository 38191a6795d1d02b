import { workingDays, type HolidayCalendar } from './working-days';

/**
 * Vietnamese public holidays (Bộ luật Lao động 2019, Điều 112) with the yearly days off and
 * swapped working days announced by the government. Data, not code: a new year is a new
 * entry, and a jurisdiction with other announced days gets its own calendar.
 */
export const VIETNAM_HOLIDAYS: HolidayCalendar = {
  2025: {
    source: 'Thông báo 6150/TB-BLĐTBXH (Tết 2025), Thông báo 2036/TB-BNV (30/4–1/5/2025)',
    daysOff: [
      '2025-01-01',
      // Tết Nguyên đán Ất Tỵ: 25/01 – 02/02/2025.
      '2025-01-25',
      '2025-01-26',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
      '2025-04-07', // Giỗ Tổ Hùng Vương, 10/3 âm lịch
      '2025-04-30',
      '2025-05-01',
      '2025-05-02', // swapped with Saturday 26/04
      '2025-09-01',
      '2025-09-02',
    ],
    workingWeekendDays: ['2025-04-26'],
  },
  2026: {
    source: 'Lịch nghỉ lễ, Tết năm 2026 theo đề xuất của Bộ Nội vụ (cần đối chiếu thông báo chính thức)',
    daysOff: [
      '2026-01-01',
      '2026-01-02', // swapped with Saturday 10/01
      // Tết Nguyên đán Bính Ngọ: 14/02 – 22/02/2026.
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-04-27', // Giỗ Tổ Hùng Vương falls on Sunday 26/04: the next working day is off
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ],
    workingWeekendDays: ['2026-01-10'],
  },
};

/** Working-day arithmetic on the national calendar above. */
export const vietnameseWorkingDays = workingDays(VIETNAM_HOLIDAYS);
export const addWorkingDaysIn = (date: string, n: number): string =>
  vietnameseWorkingDays.addWorkingDays(date, n);
