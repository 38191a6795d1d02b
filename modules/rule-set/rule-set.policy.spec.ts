import { DEFAULT_RULE_SET, jurisdictionOf, nameKey, ruleSetFor } from './rule-set.policy';

const KIM_THANH = 'UY-BAN-NHAN-DAN-XA-KIM-THANH';

describe('the rules in force for a jurisdiction on a date', () => {
  const published = [
    { jurisdiction: KIM_THANH, effectiveFrom: '2025-07-01', name: 'Bản 1', postingWorkingDays: 0 },
    {
      jurisdiction: KIM_THANH,
      effectiveFrom: '2026-01-01',
      name: 'Bản 2',
      quotas: { bang_khen_chu_tich_thanh_pho: { collectivePercent: 20 } },
    },
    { jurisdiction: 'KHAC', effectiveFrom: '2020-01-01', name: 'Nơi khác', postingWorkingDays: 30 },
  ];

  it('given no version of its own, then the national default', () => {
    expect(ruleSetFor(published, 'XA-MOI', '2026-06-01')).toEqual(DEFAULT_RULE_SET);
  });

  it('given versions over time, then each overrides only what it names, from its effective date', () => {
    const mid2025 = ruleSetFor(published, KIM_THANH, '2025-12-31');
    expect(mid2025.postingWorkingDays).toBe(0);
    expect(mid2025.quotas).toEqual(DEFAULT_RULE_SET.quotas);
    const in2026 = ruleSetFor(published, KIM_THANH, '2026-03-01');
    expect(in2026.postingWorkingDays).toBe(0);
    expect(in2026.quotas.bang_khen_chu_tich_thanh_pho).toEqual({ collectivePercent: 20 });
    expect(in2026.council).toEqual(DEFAULT_RULE_SET.council);
  });

  it('makes keys of Vietnamese names, and a plan follows its jurisdiction, else its issuer', () => {
    expect(nameKey('Ủy ban nhân dân xã Kim Thành')).toBe(KIM_THANH);
    expect(jurisdictionOf({ issuer: 'Ủy ban nhân dân xã Kim Thành' })).toBe(KIM_THANH);
    expect(jurisdictionOf({ jurisdiction: 'HAI-PHONG', issuer: 'Ủy ban nhân dân xã Kim Thành' })).toBe(
      'HAI-PHONG',
    );
  });
});
