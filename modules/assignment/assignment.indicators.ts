import type { Comparator, Indicator } from '@modules/plan/plan.definition';
import { fail } from './assignment.errors';

/** A measured ratio: the percentage is always computed from the counts, never typed in. */
export interface IndicatorMeasure {
  indicatorCode: string;
  numerator: number;
  denominator: number;
  percent: number;
  met: boolean;
}

const meets: Record<Comparator, (value: number, target: number) => boolean> = {
  '>=': (v, t) => v >= t,
  '>': (v, t) => v > t,
  '=': (v, t) => v === t,
};

/** Validates the counts and measures them against the indicator's target. */
export function measure(
  indicator: Indicator,
  numerator: number,
  denominator: number,
  /** Prefix of the input fields, e.g. `indicatorValues.0.`, to name the offending one. */
  at = '',
): IndicatorMeasure {
  if (!Number.isInteger(denominator) || denominator <= 0)
    fail('INVALID_MEASURE', 'Mẫu số phải là số nguyên dương (không được bằng 0)', {
      field: `${at}denominator`,
    });
  if (!Number.isInteger(numerator) || numerator < 0 || numerator > denominator)
    fail('INVALID_MEASURE', 'Tử số phải là số nguyên từ 0 đến mẫu số', { field: `${at}numerator` });
  const percent = Math.round((numerator / denominator) * 10_000) / 100;
  return {
    indicatorCode: indicator.code,
    numerator,
    denominator,
    percent,
    met: meets[indicator.comparator](percent, indicator.targetPercent),
  };
}

export const INDICATOR_PERIOD_PATTERN = /^\d{4}(-Q[1-4])?$/;
