import { formatNumber, formatPercent, lowerFirst } from '@kernel';
import type { Comparator, Indicator, IndicatorKind } from '@modules/plan/plan.definition';
import { fail } from './assignment.errors';

/** One row of a checklist: the unit itself (no subject) or a subject it reports on (a commune). */
export interface ChecklistRow {
  subject: string | null;
  /** Codes of the criteria met. */
  met: string[];
}

/** What a unit enters for an indicator; which fields it fills depends on the indicator's kind. */
export interface IndicatorValueInput {
  indicatorCode: string;
  /** ratio */
  numerator?: number;
  denominator?: number;
  /** count, money */
  value?: number;
  /** yes/no */
  yes?: boolean;
  /** checklist */
  rows?: Array<{ subject?: string; met: string[] }>;
  /** breakdown: the whole and its parts by code */
  total?: number;
  parts?: Record<string, number>;
}

/**
 * A measured value: every derived number (percentages, shares, units meeting all) is computed
 * here from what was entered, never typed in. `numerator`/`denominator`/`percent` hold the
 * ratio a kind has (a ratio's counts, the subjects meeting all of a checklist, a breakdown's
 * target part over its total, yes as 1/1), so totals across units add them up alike.
 * Values recorded before kinds existed are ratios without `kind`.
 */
export interface IndicatorMeasure {
  indicatorCode: string;
  kind?: IndicatorKind;
  numerator?: number;
  denominator?: number;
  percent?: number;
  value?: number;
  yes?: boolean;
  rows?: ChecklistRow[];
  total?: number;
  parts?: Record<string, number>;
  /** Against the target; null when the indicator sets none. */
  met: boolean | null;
}

/** An indicator's kind (indicators of plans from before kinds are ratios). */
export const kindOf = (indicator: Indicator): IndicatorKind => indicator.kind ?? 'ratio';

const meets: Record<Comparator, (value: number, target: number) => boolean> = {
  '>=': (v, t) => v >= t,
  '>': (v, t) => v > t,
  '=': (v, t) => v === t,
};
export const COMPARATOR_SIGNS: Record<Comparator, string> = { '>=': '≥', '>': '>', '=': '=' };

const percentOf = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 100;

const judged = (indicator: Indicator, measured: number, target: number | undefined): boolean | null =>
  target === undefined || !indicator.comparator ? null : meets[indicator.comparator](measured, target);

/** The fields each kind takes; any other field filled is refused rather than silently dropped. */
const FIELDS: Record<IndicatorKind, Array<keyof IndicatorValueInput>> = {
  ratio: ['numerator', 'denominator'],
  count: ['value'],
  money: ['value'],
  yes_no: ['yes'],
  checklist: ['rows'],
  breakdown: ['total', 'parts'],
};
const KIND_LABELS: Record<IndicatorKind, string> = {
  ratio: 'tỷ lệ',
  count: 'số lượng',
  money: 'số tiền',
  yes_no: 'có/không',
  checklist: 'bộ tiêu chí',
  breakdown: 'cơ cấu theo tình trạng',
};

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/**
 * Validates what was entered for an indicator and measures it against the target. `at` is
 * the prefix of the input's fields (`indicatorValues.0.`), so a refusal names the field.
 */
export function measure(indicator: Indicator, input: IndicatorValueInput, at = ''): IndicatorMeasure {
  const kind = kindOf(indicator);
  const refuse = (field: string, message: string): never =>
    fail('INVALID_MEASURE', `Chỉ tiêu ${indicator.code}: ${message}`, { field: `${at}${field}` });
  for (const field of Object.keys(input) as Array<keyof IndicatorValueInput>)
    if (field !== 'indicatorCode' && input[field] !== undefined && !FIELDS[kind].includes(field))
      refuse(field, `chỉ tiêu ${KIND_LABELS[kind]} không nhập trường này`);
  const base = { indicatorCode: indicator.code, kind };
  switch (kind) {
    case 'ratio': {
      const { numerator, denominator } = input;
      if (!isCount(denominator) || denominator === 0)
        refuse('denominator', 'mẫu số phải là số nguyên dương (không được bằng 0)');
      if (!isCount(numerator) || numerator > denominator!)
        refuse('numerator', 'tử số phải là số nguyên từ 0 đến mẫu số');
      const percent = percentOf(numerator!, denominator!);
      return {
        ...base,
        numerator: numerator!,
        denominator: denominator!,
        percent,
        met: judged(indicator, percent, indicator.targetPercent),
      };
    }
    case 'count':
    case 'money': {
      const { value } = input;
      const valid = kind === 'count' ? isCount(value) : Number.isFinite(value) && value! >= 0;
      if (!valid)
        refuse(
          'value',
          kind === 'count' ? 'số lượng phải là số nguyên không âm' : 'số tiền phải là số không âm',
        );
      return { ...base, value: value!, met: judged(indicator, value!, indicator.target) };
    }
    case 'yes_no': {
      if (typeof input.yes !== 'boolean') refuse('yes', 'chọn Có hoặc Không');
      return { ...base, yes: input.yes!, numerator: input.yes ? 1 : 0, denominator: 1, met: input.yes! };
    }
    case 'checklist':
      return measureChecklist(indicator, input, refuse);
    case 'breakdown':
      return measureBreakdown(indicator, input, at, refuse);
  }
}

type Refuse = (field: string, message: string) => never;

function measureChecklist(
  indicator: Indicator,
  input: IndicatorValueInput,
  refuse: Refuse,
): IndicatorMeasure {
  const criteria = indicator.criteria ?? [];
  const known = new Set(criteria.map((c) => c.code));
  const entered = input.rows;
  if (!Array.isArray(entered) || entered.length === 0) refuse('rows', 'cần ít nhất một dòng đánh giá');
  const subjects = new Set<string>();
  const rows = entered!.map((row, i): ChecklistRow => {
    const subject = row.subject?.trim() || null;
    if (entered!.length > 1 && !subject)
      refuse(`rows.${i}.subject`, 'mỗi dòng cần tên đối tượng được đánh giá (ví dụ tên xã)');
    if (subject && subjects.has(subject)) refuse(`rows.${i}.subject`, `“${subject}” được đánh giá hai lần`);
    if (subject) subjects.add(subject);
    if (!Array.isArray(row.met)) refuse(`rows.${i}.met`, 'danh sách tiêu chí đạt không hợp lệ');
    row.met.forEach((code, j) => {
      if (!known.has(code)) refuse(`rows.${i}.met.${j}`, `không có tiêu chí “${code}”`);
    });
    // Criteria in the checklist's order, each once.
    return { subject, met: criteria.map((c) => c.code).filter((code) => row.met.includes(code)) };
  });
  const meetingAll = rows.filter((r) => r.met.length === criteria.length).length;
  const percent = percentOf(meetingAll, rows.length);
  const met =
    indicator.targetPercent === undefined
      ? meetingAll === rows.length
      : judged(indicator, percent, indicator.targetPercent);
  return {
    indicatorCode: indicator.code,
    kind: 'checklist',
    rows,
    numerator: meetingAll,
    denominator: rows.length,
    percent,
    met,
  };
}

function measureBreakdown(
  indicator: Indicator,
  input: IndicatorValueInput,
  at: string,
  refuse: Refuse,
): IndicatorMeasure {
  const defined = indicator.parts ?? [];
  const { total, parts } = input;
  if (!isCount(total)) refuse('total', 'tổng số phải là số nguyên không âm');
  if (!parts || typeof parts !== 'object' || Array.isArray(parts))
    refuse('parts', 'cần số liệu của từng thành phần');
  for (const code of Object.keys(parts!))
    if (!defined.some((p) => p.code === code)) refuse(`parts.${code}`, `không có thành phần “${code}”`);
  for (const part of defined)
    if (!isCount(parts![part.code]))
      refuse(`parts.${part.code}`, `“${part.name}” phải là số nguyên không âm`);
  const sum = defined.reduce((n, p) => n + parts![p.code], 0);
  if (sum !== total) {
    const terms = defined.map((p) => `${p.name} ${formatNumber(parts![p.code])}`).join(' + ');
    fail(
      'BREAKDOWN_MISMATCH',
      `Chỉ tiêu ${indicator.code}: các thành phần cộng lại ${formatNumber(sum)} (${terms}), khác tổng số ${formatNumber(total!)}`,
      { field: `${at}parts`, parts: defined.map((p) => p.code), sum, total },
    );
  }
  const ordered = Object.fromEntries(defined.map((p) => [p.code, parts![p.code]]));
  const share =
    indicator.targetPart === undefined
      ? {}
      : {
          numerator: ordered[indicator.targetPart],
          denominator: total!,
          percent: percentOf(ordered[indicator.targetPart], total!),
        };
  return {
    indicatorCode: indicator.code,
    kind: 'breakdown',
    total: total!,
    parts: ordered,
    ...share,
    met: share.percent === undefined ? null : judged(indicator, share.percent, indicator.targetPercent),
  };
}

/**
 * The values of one submission, measured together: a ratio over the same whole as another
 * (`sharesDenominatorWith`) takes that one's denominator when it leaves its own out, and may
 * not give a different one.
 */
export function measureAll(
  indicatorOf: (code: string, field: string) => Indicator,
  inputs: IndicatorValueInput[],
  prefix: string,
): IndicatorMeasure[] {
  const given = new Map(inputs.map((v) => [v.indicatorCode, v]));
  return inputs.map((input, i) => {
    const at = `${prefix}${i}.`;
    const indicator = indicatorOf(input.indicatorCode, `${at}indicatorCode`);
    const partner = indicator.sharesDenominatorWith ? given.get(indicator.sharesDenominatorWith) : undefined;
    if (partner?.denominator !== undefined) {
      if (input.denominator !== undefined && input.denominator !== partner.denominator)
        fail(
          'INVALID_MEASURE',
          `Chỉ tiêu ${indicator.code} dùng chung mẫu số với ${partner.indicatorCode} (${formatNumber(partner.denominator)})`,
          { field: `${at}denominator` },
        );
      return measure(indicator, { ...input, denominator: partner.denominator }, at);
    }
    return measure(indicator, input, at);
  });
}

/**
 * The target as plans write it: "≥ 80 %", "≥ 12 lớp", "Đúng hạn ≥ 95 %" (no decimals added:
 * measured values keep two); empty when none.
 */
export function describeTarget(indicator: Indicator): string {
  const percent = (n: number) => `${formatNumber(n)} %`;
  const sign = indicator.comparator ? COMPARATOR_SIGNS[indicator.comparator] : '';
  switch (kindOf(indicator)) {
    case 'count':
    case 'money':
      return indicator.target === undefined
        ? ''
        : `${sign} ${formatNumber(indicator.target)} ${unitOf(indicator)}`.trim();
    case 'yes_no':
      return 'Có';
    case 'checklist':
      return indicator.targetPercent === undefined
        ? `Đạt đủ ${indicator.criteria?.length ?? 0} tiêu chí`
        : `${sign} ${percent(indicator.targetPercent)} đạt đủ`;
    case 'breakdown': {
      const part = indicator.parts?.find((p) => p.code === indicator.targetPart);
      return part && indicator.targetPercent !== undefined
        ? `${part.name} ${sign} ${percent(indicator.targetPercent)}`
        : '';
    }
    case 'ratio':
      return indicator.targetPercent === undefined ? '' : `${sign} ${percent(indicator.targetPercent)}`;
  }
}

/** A measured value as documents write it, the Vietnamese way (13/20 = 65,00 %; 12.345 người). */
export function describeMeasure(indicator: Indicator, m: IndicatorMeasure): string {
  const criteria = indicator.criteria?.length ?? 0;
  switch (m.kind ?? 'ratio') {
    case 'count':
    case 'money':
      return `${formatNumber(m.value ?? 0)} ${unitOf(indicator)}`.trim();
    case 'yes_no':
      return m.yes ? 'Có' : 'Không';
    case 'checklist': {
      const rows = m.rows ?? [];
      if (rows.length === 1 && rows[0].subject === null)
        return `Đạt ${rows[0].met.length}/${criteria} tiêu chí${rows[0].met.length === criteria ? ' (đạt đủ)' : ''}`;
      return `${m.numerator}/${m.denominator} đạt đủ ${criteria} tiêu chí`;
    }
    case 'breakdown': {
      const parts = (indicator.parts ?? []).map(
        (p) => `${lowerFirst(p.name)} ${formatNumber(m.parts?.[p.code] ?? 0)}`,
      );
      return `Tổng số ${formatNumber(m.total ?? 0)}: ${parts.join('; ')}`;
    }
    case 'ratio':
      return `${formatNumber(m.numerator ?? 0)}/${formatNumber(m.denominator ?? 0)} = ${formatPercent(m.percent ?? 0)}`;
  }
}

const unitOf = (indicator: Indicator): string =>
  kindOf(indicator) === 'money' ? (indicator.measureUnit ?? 'đồng') : (indicator.measureUnit ?? '');
