import { addDays, civilDateAt, endOfDay, formatVietnamese, isCivilDate, startOfDay } from './civil';
import { VIETNAM_HOLIDAYS } from './holidays';
import { quarterPeriod, yearPeriod } from './periods';
import { workingDays } from './working-days';

describe('reporting periods (Nghị định 09/2019 cut-offs)', () => {
  it('runs quarters from the 15th of the previous month to the 14th of the last month', () => {
    expect(quarterPeriod(2026, 1)).toMatchObject({
      from: '2025-12-15',
      to: '2026-03-14',
      label: 'Quý I năm 2026',
    });
    expect(quarterPeriod(2026, 2)).toMatchObject({ from: '2026-03-15', to: '2026-06-14' });
    expect(quarterPeriod(2026, 3)).toMatchObject({ from: '2026-06-15', to: '2026-09-14' });
    expect(quarterPeriod(2026, 4)).toMatchObject({
      from: '2026-09-15',
      to: '2026-12-14',
      label: 'Quý IV năm 2026',
    });
    expect(yearPeriod(2026)).toMatchObject({ from: '2025-12-15', to: '2026-12-14', label: 'Năm 2026' });
  });
});

describe('civil dates in Asia/Ho_Chi_Minh', () => {
  it('maps instants to Vietnamese days whatever the process time zone', () => {
    expect(civilDateAt(new Date('2026-03-14T16:59:59Z'))).toBe('2026-03-14');
    expect(civilDateAt(new Date('2026-03-14T17:00:00Z'))).toBe('2026-03-15');
    expect(startOfDay('2026-01-01').toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(endOfDay('2026-12-31').toISOString()).toBe('2026-12-31T17:00:00.000Z');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(formatVietnamese('2025-09-05')).toBe('05/09/2025');
    expect(isCivilDate('2028-02-29')).toBe(true);
    for (const bad of ['0000-00-00', '2025-02-30', '2026-13-01', '23/11/2026'])
      expect(isCivilDate(bad)).toBe(false);
  });
});

describe('working days with holidays as data', () => {
  const rules = workingDays(VIETNAM_HOLIDAYS);

  it('skips weekends, holidays and announced days off, and counts swapped Saturdays', () => {
    expect(rules.isWorkingDay('2026-11-23')).toBe(true); // Monday
    expect(rules.isWorkingDay('2026-11-22')).toBe(false); // Sunday
    expect(rules.isWorkingDay('2026-09-02')).toBe(false); // Quốc khánh
    expect(rules.isWorkingDay('2026-04-27')).toBe(false); // Giỗ Tổ moved off Sunday
    expect(rules.isWorkingDay('2026-01-10')).toBe(true); // Saturday worked for 02/01
    expect(rules.isWorkingDay('2025-04-26')).toBe(true);
  });

  it('counts 5 working days across Tết Nguyên đán 2026', () => {
    // Friday 13/02, then Tết 14/02 – 22/02: the fifth working day is Friday 27/02.
    expect(rules.addWorkingDays('2026-02-13', 5)).toBe('2026-02-27');
    expect(rules.workingDaysBetween('2026-02-13', '2026-02-27')).toBe(5);
  });

  it('counts the 30/4 – 1/5 swap of 2025', () => {
    // Friday 25/04 → Saturday 26/04 worked, 28–29/04 worked, 30/04 – 02/05 off, Monday 05/05.
    expect(rules.addWorkingDays('2025-04-25', 4)).toBe('2025-05-05');
  });

  it('lets a jurisdiction bring its own calendar', () => {
    const local = workingDays({ 2026: { source: 'test', daysOff: ['2026-11-23'], workingWeekendDays: [] } });
    expect(local.isWorkingDay('2026-11-23')).toBe(false);
    expect(local.addWorkingDays('2026-11-20', 1)).toBe('2026-11-24');
  });
});
