import { DomainError } from '@kernel';
import type { Indicator } from '@modules/plan/plan.definition';
import {
  describeMeasure,
  describeTarget,
  measure,
  measureAll,
  type IndicatorValueInput,
} from './assignment.indicators';
import { totalOf } from './indicator-totals';

const ratio: Indicator = {
  code: 'CT01',
  name: 'Tỷ lệ hồ sơ trực tuyến',
  comparator: '>=',
  targetPercent: 70,
  unitKinds: [],
};
const onTime: Indicator = {
  ...ratio,
  code: 'CT02',
  kind: 'ratio',
  name: 'Tỷ lệ hồ sơ đúng hạn',
  sharesDenominatorWith: 'CT01',
};
const classes: Indicator = {
  code: 'CT03',
  name: 'Số lớp bình dân học vụ số',
  kind: 'count',
  measureUnit: 'lớp',
  comparator: '>=',
  target: 12,
  unitKinds: [],
};
const budget: Indicator = { code: 'CT04', name: 'Kinh phí thực hiện', kind: 'money', unitKinds: [] };
const rules: Indicator = { code: 'CT05', name: 'Ban hành quy chế', kind: 'yes_no', unitKinds: [] };
const criteria = Array.from({ length: 12 }, (_, i) => ({ code: `TC${i + 1}`, name: `Tiêu chí ${i + 1}` }));
const checklist: Indicator = {
  code: 'CT06',
  name: 'Xã đạt tiêu chí chuyển đổi số',
  kind: 'checklist',
  criteria,
  unitKinds: [],
};
const dossiers: Indicator = {
  code: 'CT07',
  name: 'Hồ sơ thủ tục hành chính',
  kind: 'breakdown',
  parts: [
    { code: 'DH', name: 'Đúng hạn' },
    { code: 'DGQ', name: 'Đang giải quyết' },
    { code: 'QH', name: 'Quá hạn' },
    { code: 'RUT', name: 'Rút hồ sơ' },
  ],
  targetPart: 'DH',
  comparator: '>=',
  targetPercent: 90,
  unitKinds: [],
};

const refusal = (run: () => unknown): DomainError => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};
const value = (indicator: Indicator, input: Omit<IndicatorValueInput, 'indicatorCode'>) =>
  measure(indicator, { indicatorCode: indicator.code, ...input });

describe('indicators of every kind', () => {
  it('given counts for a ratio, then the percentage is computed and written the Vietnamese way', () => {
    const m = value(ratio, { numerator: 13, denominator: 20 });
    expect(m).toMatchObject({ kind: 'ratio', percent: 65, met: false });
    expect(describeMeasure(ratio, m)).toBe('13/20 = 65,00 %');
    expect(describeMeasure(ratio, value(ratio, { numerator: 7, denominator: 9 }))).toBe('7/9 = 77,78 %');
    expect(describeTarget(ratio)).toBe('≥ 70 %');
    expect(refusal(() => value(ratio, { numerator: 1, denominator: 0 })).details).toEqual({
      field: 'denominator',
    });
  });

  it('given two ratios over one whole, then the second takes the first one’s denominator and may not differ', () => {
    const [, shared] = measureAll(
      (code) => (code === 'CT01' ? ratio : onTime),
      [
        { indicatorCode: 'CT01', numerator: 15, denominator: 20 },
        { indicatorCode: 'CT02', numerator: 18 },
      ],
      'indicatorValues.',
    );
    expect(shared).toMatchObject({ numerator: 18, denominator: 20, percent: 90 });
    const differing = refusal(() =>
      measureAll(
        (code) => (code === 'CT01' ? ratio : onTime),
        [
          { indicatorCode: 'CT01', numerator: 15, denominator: 20 },
          { indicatorCode: 'CT02', numerator: 18, denominator: 25 },
        ],
        'indicatorValues.',
      ),
    );
    expect(differing.details).toEqual({ field: 'indicatorValues.1.denominator' });
  });

  it('given a count or an amount, then it is judged against a number target, or not at all', () => {
    const held = value(classes, { value: 12 });
    expect(held).toMatchObject({ kind: 'count', value: 12, met: true });
    expect(describeMeasure(classes, held)).toBe('12 lớp');
    expect(describeTarget(classes)).toBe('≥ 12 lớp');
    const spent = value(budget, { value: 1_250_000_000 });
    expect(spent.met).toBeNull();
    expect(describeMeasure(budget, spent)).toBe('1.250.000.000 đồng');
    expect(refusal(() => value(classes, { value: 2.5 })).details).toEqual({ field: 'value' });
    expect(refusal(() => value(classes, { numerator: 1, denominator: 2 })).details).toEqual({
      field: 'numerator',
    });
  });

  it('given a yes/no criterion, then yes meets it', () => {
    expect(describeMeasure(rules, value(rules, { yes: true }))).toBe('Có');
    expect(value(rules, { yes: false })).toMatchObject({ met: false, numerator: 0, denominator: 1 });
    expect(refusal(() => value(rules, {})).details).toEqual({ field: 'yes' });
  });

  it('given a checklist of 12 criteria over 20 communes, then it counts the communes meeting all', () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({
      subject: `Xã ${i + 1}`,
      met: criteria.slice(0, i < 17 ? 12 : 11).map((c) => c.code),
    }));
    const m = value(checklist, { rows });
    expect(m).toMatchObject({ numerator: 17, denominator: 20, percent: 85, met: false });
    expect(describeMeasure(checklist, m)).toBe('17/20 đạt đủ 12 tiêu chí');
    const own = value(checklist, { rows: [{ met: ['TC1', 'TC2'] }] });
    expect(describeMeasure(checklist, own)).toBe('Đạt 2/12 tiêu chí');
    expect(refusal(() => value(checklist, { rows: [{ met: ['TC1'] }, { met: [] }] })).details).toEqual({
      field: 'rows.0.subject',
    });
    expect(refusal(() => value(checklist, { rows: [{ met: ['TC99'] }] })).details).toEqual({
      field: 'rows.0.met.0',
    });
  });

  it('given a breakdown whose parts do not add up, then it is refused naming the parts and their sum', () => {
    const wrong = refusal(() => value(dossiers, { total: 20, parts: { DH: 10, DGQ: 5, QH: 2, RUT: 1 } }));
    expect(wrong.code).toBe('BREAKDOWN_MISMATCH');
    expect(wrong.message).toBe(
      'Chỉ tiêu CT07: các thành phần cộng lại 18 (Đúng hạn 10 + Đang giải quyết 5 + Quá hạn 2 + Rút hồ sơ 1), khác tổng số 20',
    );
    expect(wrong.details).toMatchObject({
      field: 'parts',
      parts: ['DH', 'DGQ', 'QH', 'RUT'],
      sum: 18,
      total: 20,
    });
    expect(refusal(() => value(dossiers, { total: 3, parts: { DH: 3 } })).details).toEqual({
      field: 'parts.DGQ',
    });
    const right = value(dossiers, { total: 20, parts: { DH: 18, DGQ: 1, QH: 1, RUT: 0 } });
    expect(right).toMatchObject({ numerator: 18, denominator: 20, percent: 90, met: true });
    expect(describeMeasure(dossiers, right)).toBe(
      'Tổng số 20: đúng hạn 18; đang giải quyết 1; quá hạn 1; rút hồ sơ 0',
    );
    expect(describeTarget(dossiers)).toBe('Đúng hạn ≥ 90 %');
  });
});

describe('indicators added up across units', () => {
  it('adds ratios as the ratio of the sums, with the mean of the units beside it', () => {
    const total = totalOf(ratio, [
      value(ratio, { numerator: 9, denominator: 10 }),
      value(ratio, { numerator: 1, denominator: 10 }),
    ]);
    expect(total).toMatchObject({
      numerator: 10,
      denominator: 20,
      percent: 50,
      averagePercent: 50,
      met: false,
      unitsMeeting: 1,
    });
  });

  it('sums and averages counts, part by part for breakdowns, and counts checklists meeting all', () => {
    expect(totalOf(classes, [value(classes, { value: 12 }), value(classes, { value: 5 })])).toMatchObject({
      value: 17,
      average: 8.5,
      display: 'Tổng 17 lớp; bình quân 8,5 lớp/đơn vị',
    });
    const parts = totalOf(dossiers, [
      value(dossiers, { total: 20, parts: { DH: 18, DGQ: 1, QH: 1, RUT: 0 } }),
      value(dossiers, { total: 10, parts: { DH: 8, DGQ: 0, QH: 1, RUT: 1 } }),
    ]);
    expect(parts).toMatchObject({
      total: 30,
      parts: { DH: 26, DGQ: 1, QH: 2, RUT: 1 },
      percent: 86.67,
      met: false,
    });
    const units = totalOf(checklist, [
      value(checklist, { rows: [{ met: criteria.map((c) => c.code) }] }),
      value(checklist, { rows: [{ met: ['TC1'] }] }),
    ]);
    expect(units.display).toBe('1/2 đơn vị đạt đủ 12 tiêu chí');
    expect(units.criteria).toMatchObject({ TC1: 2, TC2: 1 });
    expect(totalOf(rules, [])).toMatchObject({ units: 0, met: null, display: 'Chưa có số liệu' });
  });
});
