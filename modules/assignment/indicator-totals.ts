import { formatNumber, formatPercent, lowerFirst } from '@kernel';
import type { Indicator, IndicatorKind } from '@modules/plan/plan.definition';
import { kindOf, measure, type IndicatorMeasure } from './assignment.indicators';

/**
 * An indicator added up across the units that reported it (the whole plan, a parent
 * organisation's units, a former unit's): counts and amounts summed and averaged, ratios as
 * the ratio of the sums with the mean of the units' percentages beside it, yes/no and
 * checklists as "x/y", breakdowns part by part.
 */
export interface IndicatorTotal {
  indicatorCode: string;
  kind: IndicatorKind;
  /** Values added up (one per unit, or per subject row for a checklist's rows). */
  units: number;
  numerator?: number;
  denominator?: number;
  percent?: number;
  averagePercent?: number;
  value?: number;
  average?: number;
  total?: number;
  parts?: Record<string, number>;
  /** Checklist: rows meeting each criterion. */
  criteria?: Record<string, number>;
  /** The sum against the target, for ratios and shares; null where targets are per unit or absent. */
  met: boolean | null;
  /** Values that met their own target. */
  unitsMeeting: number;
  display: string;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;
const mean = (values: number[]): number => round2(values.reduce((a, b) => a + b, 0) / values.length);
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

export function totalOf(indicator: Indicator, values: IndicatorMeasure[]): IndicatorTotal {
  const kind = kindOf(indicator);
  const base = {
    indicatorCode: indicator.code,
    kind,
    units: values.length,
    unitsMeeting: values.filter((v) => v.met === true).length,
  };
  if (values.length === 0) return { ...base, met: null, display: 'Chưa có số liệu' };
  const numerator = sum(values.map((v) => v.numerator ?? 0));
  const denominator = sum(values.map((v) => v.denominator ?? 0));
  const ratio =
    denominator > 0
      ? measure({ ...indicator, kind: 'ratio' }, { indicatorCode: indicator.code, numerator, denominator })
      : undefined;
  switch (kind) {
    case 'ratio': {
      const averagePercent = mean(values.map((v) => v.percent ?? 0));
      return {
        ...base,
        numerator,
        denominator,
        percent: ratio?.percent ?? 0,
        averagePercent,
        met: ratio?.met ?? null,
        display: `${formatNumber(numerator)}/${formatNumber(denominator)} = ${formatPercent(ratio?.percent ?? 0)} (bình quân đơn vị ${formatPercent(averagePercent)})`,
      };
    }
    case 'count':
    case 'money': {
      const value = round2(sum(values.map((v) => v.value ?? 0)));
      const average = round2(value / values.length);
      const unit = kind === 'money' ? (indicator.measureUnit ?? 'đồng') : (indicator.measureUnit ?? '');
      return {
        ...base,
        value,
        average,
        met: null,
        display:
          `Tổng ${formatNumber(value)} ${unit}; bình quân ${formatNumber(average)} ${unit}/đơn vị`.replace(
            / +/g,
            ' ',
          ),
      };
    }
    case 'yes_no':
      return {
        ...base,
        numerator,
        denominator,
        percent: ratio?.percent ?? 0,
        met: null,
        display: `${numerator}/${denominator} đơn vị: Có`,
      };
    case 'checklist': {
      const rows = values.flatMap((v) => v.rows ?? []);
      const criteria = Object.fromEntries(
        (indicator.criteria ?? []).map((c) => [c.code, rows.filter((r) => r.met.includes(c.code)).length]),
      );
      const subjects = rows.some((r) => r.subject !== null) ? '' : ' đơn vị';
      return {
        ...base,
        units: rows.length,
        numerator,
        denominator,
        percent: ratio?.percent ?? 0,
        criteria,
        met: indicator.targetPercent === undefined ? numerator === denominator : (ratio?.met ?? null),
        display: `${numerator}/${denominator}${subjects} đạt đủ ${indicator.criteria?.length ?? 0} tiêu chí`,
      };
    }
    case 'breakdown': {
      const parts = Object.fromEntries(
        (indicator.parts ?? []).map((p) => [p.code, sum(values.map((v) => v.parts?.[p.code] ?? 0))]),
      );
      const total = sum(values.map((v) => v.total ?? 0));
      const share = indicator.targetPart !== undefined && total > 0 ? ratio : undefined;
      const named = (indicator.parts ?? []).map(
        (p) => `${lowerFirst(p.name)} ${formatNumber(parts[p.code])}`,
      );
      return {
        ...base,
        total,
        parts,
        ...(share ? { numerator, denominator, percent: share.percent } : {}),
        met: share?.met ?? null,
        display: `Tổng số ${formatNumber(total)}: ${named.join('; ')}`,
      };
    }
  }
}
