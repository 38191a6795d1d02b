import {
  customPeriod,
  periodContaining,
  periodOf,
  quarterPeriod,
  yearPeriod,
  type PeriodRegime,
} from './periods';

const span = (key: string, regime: PeriodRegime) => {
  const p = periodOf(key, regime);
  return p && `${p.from} → ${p.to}`;
};

describe('reporting periods', () => {
  describe('given the cut-off of Nghị định 09/2019 (15th to 14th)', () => {
    it.each([
      ['2026-01', '2025-12-15 → 2026-01-14'],
      ['2026-06', '2026-05-15 → 2026-06-14'],
      ['2026-12', '2026-11-15 → 2026-12-14'],
      ['2026-Q1', '2025-12-15 → 2026-03-14'],
      ['2026-Q2', '2026-03-15 → 2026-06-14'],
      ['2026-Q3', '2026-06-15 → 2026-09-14'],
      ['2026-Q4', '2026-09-15 → 2026-12-14'],
      ['2026-H1', '2025-12-15 → 2026-06-14'],
      ['2026-H2', '2026-06-15 → 2026-12-14'],
      ['2026-9M', '2025-12-15 → 2026-09-14'],
      ['2026', '2025-12-15 → 2026-12-14'],
    ])('%s runs %s', (key, expected) => expect(span(key, 'cutoff')).toBe(expected));
  });

  describe('given calendar periods', () => {
    it.each([
      ['2026-01', '2026-01-01 → 2026-01-31'],
      ['2026-04', '2026-04-01 → 2026-04-30'],
      ['2026-12', '2026-12-01 → 2026-12-31'],
      ['2026-Q1', '2026-01-01 → 2026-03-31'],
      ['2026-Q2', '2026-04-01 → 2026-06-30'],
      ['2026-Q3', '2026-07-01 → 2026-09-30'],
      ['2026-Q4', '2026-10-01 → 2026-12-31'],
      ['2026-H1', '2026-01-01 → 2026-06-30'],
      ['2026-H2', '2026-07-01 → 2026-12-31'],
      ['2026-9M', '2026-01-01 → 2026-09-30'],
      ['2026', '2026-01-01 → 2026-12-31'],
    ])('%s runs %s', (key, expected) => expect(span(key, 'calendar')).toBe(expected));
  });

  it('knows February in leap years, whichever the regime', () => {
    expect(span('2028-02', 'calendar')).toBe('2028-02-01 → 2028-02-29');
    expect(span('2026-02', 'calendar')).toBe('2026-02-01 → 2026-02-28');
    expect(span('2100-02', 'calendar')).toBe('2100-02-01 → 2100-02-28');
    expect(span('2000-02', 'calendar')).toBe('2000-02-01 → 2000-02-29');
    expect(span('2028-03', 'cutoff')).toBe('2028-02-15 → 2028-03-14');
    expect(periodContaining('monthly', '2028-02-29', 'cutoff')?.key).toBe('2028-03');
  });

  it('labels periods as documents name them', () => {
    expect(quarterPeriod(2026, 2).label).toBe('Quý II năm 2026');
    expect(periodOf('2026-H1')?.label).toBe('6 tháng đầu năm 2026');
    expect(periodOf('2026-H2')?.label).toBe('6 tháng cuối năm 2026');
    expect(periodOf('2026-9M')?.label).toBe('9 tháng năm 2026');
    expect(periodOf('2026-06')?.label).toBe('Tháng 6 năm 2026');
    expect(yearPeriod(2026).label).toBe('Năm 2026');
    expect(customPeriod('2025-12-15', '2026-06-14').label).toBe('Từ ngày 15/12/2025 đến ngày 14/06/2026');
  });

  it('takes custom ranges, including one spanning the new year, and refuses malformed keys', () => {
    expect(periodOf('2025-12-15..2026-06-14')).toMatchObject({
      kind: 'custom',
      from: '2025-12-15',
      to: '2026-06-14',
    });
    for (const bad of [
      '2026-13',
      '2026-00',
      '2026-Q5',
      '2026-H3',
      '26',
      '2026-06-14..2025-12-15',
      '2026-02-30..2026-03-01',
      'Q1',
    ])
      expect(periodOf(bad)).toBeUndefined();
  });

  describe('the period holding a day', () => {
    it('puts the 15th onwards into the next period under the cut-off, across the new year', () => {
      expect(periodContaining('quarterly', '2025-12-15')?.key).toBe('2026-Q1');
      expect(periodContaining('quarterly', '2025-12-14')?.key).toBe('2025-Q4');
      expect(periodContaining('annual', '2025-12-20')?.key).toBe('2026');
      expect(periodContaining('half_year', '2026-06-14')?.key).toBe('2026-H1');
      expect(periodContaining('half_year', '2026-06-15')?.key).toBe('2026-H2');
      expect(periodContaining('nine_months', '2026-09-14')?.key).toBe('2026-9M');
      expect(periodContaining('nine_months', '2026-09-15')).toBeUndefined();
    });

    it('keeps calendar days in their own month', () => {
      expect(periodContaining('quarterly', '2025-12-15', 'calendar')?.key).toBe('2025-Q4');
      expect(periodContaining('monthly', '2026-01-31', 'calendar')?.key).toBe('2026-01');
      expect(periodContaining('nine_months', '2026-09-30', 'calendar')?.key).toBe('2026-9M');
    });
  });
});
