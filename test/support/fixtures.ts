import { randomUUID } from 'node:crypto';
import type { PlanDefinition } from '@modules/plan/plan.definition';

/** A small valid plan with a unique number, so tests never collide in the shared database. */
export function smallPlan(overrides: Partial<PlanDefinition> = {}): PlanDefinition {
  return {
    number: `${randomUUID().slice(0, 8)}/KH-UBND`,
    issuer: 'Ủy ban nhân dân xã Kiểm Thử',
    issuedOn: '2026-01-05',
    signer: 'Trần Thị Kiểm',
    title: 'Kế hoạch thử nghiệm phong trào thi đua chuyển đổi số',
    legalBasis: ['Luật Thi đua, khen thưởng số 06/2022/QH15'],
    standingUnit: 'VHXH',
    startsOn: '2026-01-05',
    endsOn: '2027-12-31',
    phases: [
      {
        code: 'GD1',
        name: 'Giai đoạn 1',
        startsOn: '2026-01-05',
        endsOn: '2026-12-31',
        review: 'preliminary',
      },
      { code: 'GD2', name: 'Giai đoạn 2', startsOn: '2027-01-01', endsOn: '2027-12-31', review: 'final' },
    ],
    indicators: [
      {
        code: 'CT01',
        name: 'Tỷ lệ hồ sơ trực tuyến',
        comparator: '>=',
        targetPercent: 80,
        unitKinds: ['phong_ban', 'thon'],
      },
    ],
    rewards: [{ occasion: 'preliminary', form: 'giay_khen_chu_tich_xa', awardedBy: 'Chủ tịch UBND xã' }],
    taskGroups: [
      {
        code: 'I',
        title: 'Truyền thông',
        tasks: [
          {
            code: 'I.1',
            title: 'Tuyên truyền chuyển đổi số',
            leadUnit: 'TTVH',
            coordinatingUnits: ['VHXH'],
            recurringYearly: true,
          },
        ],
      },
    ],
    reporting: {
      quarterlyDueBeforeDay: 15,
      annualDueBefore: { day: 5, month: 12 },
      remindDaysBefore: [7, 1],
    },
    ...overrides,
  };
}
