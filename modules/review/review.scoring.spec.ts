import { DEFAULT_RULE_SET } from '@modules/rule-set/rule-set.policy';
import { scoreUnits, type UnitFacts } from './review.scoring';

const weights = DEFAULT_RULE_SET.scoring;
const unit = (unitCode: string, over: Partial<UnitFacts> = {}): UnitFacts => ({
  unitCode,
  unitName: `Đơn vị ${unitCode}`,
  leadTasks: [],
  reports: [],
  indicators: [],
  initiatives: 0,
  ...over,
});

describe('scoring the units of a review', () => {
  it('given a unit with nothing to judge, then it scores in full: no one is marked down for work not given', () => {
    const [score] = scoreUnits([unit('A')], weights, '2026-12-31');
    expect(score.score).toBe(weights.tasks + weights.reports + weights.indicators);
    expect(score.reasons).toEqual(['Không chủ trì nhiệm vụ nào', 'Chưa có báo cáo đến hạn']);
  });

  it('given tasks done late and a report missing, then the score says so and ranks the unit lower', () => {
    const late = unit('B', {
      leadTasks: [
        { code: 'I.1', status: 'done', dueOn: '2026-06-30', doneOn: '2026-07-05' },
        { code: 'I.2', status: 'done', dueOn: null, doneOn: '2026-10-01' },
      ],
      reports: [
        { requestId: 'r1', status: 'on_time', daysLate: 0 },
        { requestId: 'r2', status: 'overdue', daysLate: 0 },
        { requestId: 'r3', status: 'pending', daysLate: 0 },
      ],
    });
    const [first, second] = scoreUnits([late, unit('A')], weights, '2026-12-31');
    expect(first.unitCode).toBe('A');
    expect(second).toMatchObject({
      unitCode: 'B',
      rank: 2,
      tasks: { lead: 2, done: 2, onTime: 1 },
      reports: { due: 2, onTime: 1, late: 0, missing: 1 },
    });
    expect(second.reasons).toContain('Chủ trì 2 nhiệm vụ: 2 đã thực hiện, 1 đúng hạn');
    expect(second.reasons).toContain('Báo cáo: 1/2 đúng hạn, 1 không gửi');
  });

  it('given recognised initiatives, then a bonus is added up to its cap', () => {
    const many = unit('C', { initiatives: 100 });
    const [score] = scoreUnits([many], weights, '2026-12-31');
    expect(score.score).toBe(
      weights.tasks + weights.reports + weights.indicators + weights.initiativeBonusMax,
    );
  });
});

describe('scoring indicators of every kind', () => {
  it('given a count without a target, then it is shown but not judged; a missing judged value counts as not met', () => {
    const figures = unit('D', {
      indicators: [
        {
          code: 'CT01',
          name: 'Tỷ lệ',
          target: '≥ 80 %',
          value: { text: '13/20 = 65,00 %', met: false, period: '2026' },
        },
        { code: 'CT02', name: 'Có quy chế', target: 'Có', value: { text: 'Có', met: true, period: '2026' } },
        { code: 'CT03', name: 'Số lớp', target: null, value: { text: '12 lớp', met: null, period: '2026' } },
        { code: 'CT04', name: 'Số hồ sơ', target: '≥ 5', value: null },
      ],
    });
    const [score] = scoreUnits([figures], weights, '2026-12-31');
    expect(score.score).toBe(weights.tasks + weights.reports + weights.indicators / 3);
    expect(score.reasons).toEqual(
      expect.arrayContaining([
        'CT01 Tỷ lệ: 13/20 = 65,00 % (mục tiêu ≥ 80 %) – chưa đạt',
        'CT03 Số lớp: 12 lớp',
        'CT04 Số hồ sơ: chưa có số liệu – chưa đạt',
      ]),
    );
  });
});
