import type { Tally } from '@kernel';
import { DEFAULT_RULE_SET, ruleSetFor } from '@modules/rule-set/rule-set.policy';
import {
  concludeConsideration,
  judgeProposal,
  rewardOf,
  type ConsiderationSubject,
  type Contender,
  type ProposalFacts,
} from './consideration.rules';
import { commune, company, firm, office, village, facts } from './consideration.examples';

const rules = DEFAULT_RULE_SET;
const person: ConsiderationSubject = {
  kind: 'individual',
  personId: 'p1',
  name: 'Nguyễn Thị Lan',
  position: 'Chuyên viên',
  unitCode: 'VP',
};
const judge = (
  form: Parameters<typeof judgeProposal>[3],
  f: Partial<ProposalFacts> = {},
  alongside: Parameters<typeof judgeProposal>[6] = [],
  body = commune,
  subject: ConsiderationSubject = person,
) => judgeProposal(rules, body, 2025, form, subject, facts(f), alongside);

describe('yearly consideration: who may be proposed (values from the rule set)', () => {
  describe('Lao động tiên tiến needs “hoàn thành tốt nhiệm vụ” or better that year', () => {
    it('given a person rated “hoàn thành tốt”, when proposed, then eligible', () => {
      expect(judge('lao_dong_tien_tien')).toEqual({ reasons: [], dependsOn: [] });
    });
    it('given a person rated “hoàn thành nhiệm vụ”, when proposed, then refused naming the rating and the need', () => {
      expect(judge('lao_dong_tien_tien', { rating: 'hoan_thanh' }).reasons).toEqual([
        'Năm 2025 xếp loại “Hoàn thành nhiệm vụ”; Lao động tiên tiến cần “Hoàn thành tốt nhiệm vụ” trở lên',
      ]);
    });
    it('given no rating recorded for the year, when proposed, then refused: the rating is missing', () => {
      expect(judge('lao_dong_tien_tien', { rating: undefined }).reasons[0]).toMatch(
        /^Chưa có kết quả xếp loại năm 2025/,
      );
    });
    it('given a rule set that asks “hoàn thành xuất sắc”, when a “tốt” person is proposed, then refused', () => {
      const strict = ruleSetFor(
        [
          {
            jurisdiction: 'X',
            effectiveFrom: '2025-01-01',
            yearEnd: {
              lao_dong_tien_tien: { title: true, minRating: 'hoan_thanh_xuat_sac', source: 'Quy chế X' },
            },
          },
        ],
        'X',
        '2025-12-01',
      );
      expect(
        judgeProposal(strict, commune, 2025, 'lao_dong_tien_tien', person, facts(), []).reasons,
      ).toHaveLength(1);
    });
  });

  describe('Chiến sĩ thi đua cơ sở needs LĐTT the same year and a recognised initiative', () => {
    it('given LĐTT proposed alongside and an initiative, when proposed, then eligible, depending on that LĐTT', () => {
      expect(
        judge('chien_si_thi_dua_co_so', { initiatives: ['Số hóa hồ sơ'] }, ['lao_dong_tien_tien']),
      ).toEqual({
        reasons: [],
        dependsOn: ['lao_dong_tien_tien'],
      });
    });
    it('given LĐTT already in the record for the year, when proposed, then eligible with no dependency', () => {
      expect(
        judge('chien_si_thi_dua_co_so', {
          initiatives: ['Số hóa hồ sơ'],
          titles: [{ year: 2025, form: 'lao_dong_tien_tien' }],
        }),
      ).toEqual({ reasons: [], dependsOn: [] });
    });
    it('given no recognised initiative, when proposed, then refused: the initiative is missing', () => {
      expect(judge('chien_si_thi_dua_co_so', {}, ['lao_dong_tien_tien']).reasons).toEqual([
        'Chiến sĩ thi đua cơ sở cần sáng kiến được công nhận hoặc đề tài khoa học được nghiệm thu, áp dụng năm 2025; chưa có',
      ]);
    });
    it('given no LĐTT that year, when proposed, then refused naming the missing year', () => {
      expect(judge('chien_si_thi_dua_co_so', { initiatives: ['x'] }).reasons[0]).toBe(
        'Chiến sĩ thi đua cơ sở cần đạt Lao động tiên tiến năm 2025; hồ sơ chưa có năm 2025 (và chưa được đề nghị trong đợt này)',
      );
    });
  });

  describe('titles over consecutive years are checked against the record', () => {
    const cstdcs = (year: number) => ({ year, form: 'chien_si_thi_dua_co_so' as const });
    it('given CSTĐCS in 2023 and 2024 and proposed for 2025, when CSTĐ thành phố is proposed, then eligible', () => {
      expect(
        judge(
          'chien_si_thi_dua_cap_tinh',
          { rating: 'hoan_thanh_xuat_sac', titles: [cstdcs(2023), cstdcs(2024)] },
          ['chien_si_thi_dua_co_so'],
        ),
      ).toEqual({ reasons: [], dependsOn: ['chien_si_thi_dua_co_so'] });
    });
    it('given CSTĐCS in 2024 only, when CSTĐ thành phố is proposed, then refused naming the years missing', () => {
      expect(
        judge('chien_si_thi_dua_cap_tinh', { rating: 'hoan_thanh_xuat_sac', titles: [cstdcs(2024)] }, [
          'chien_si_thi_dua_co_so',
        ]).reasons,
      ).toEqual([
        'Chiến sĩ thi đua thành phố cần đạt Chiến sĩ thi đua cơ sở 3 năm liên tục (2023–2025); hồ sơ chưa có năm 2023',
      ]);
    });
    it('given a rule set asking 2 years, when the record has 2024 and 2025 is proposed, then eligible', () => {
      const two = ruleSetFor(
        [
          {
            jurisdiction: 'X',
            effectiveFrom: '2025-01-01',
            yearEnd: {
              chien_si_thi_dua_cap_tinh: {
                title: true,
                requires: [{ form: 'chien_si_thi_dua_co_so', years: 2 }],
                source: 'Quy chế X',
              },
            },
          },
        ],
        'X',
        '2025-06-01',
      );
      const subject = person;
      expect(
        judgeProposal(
          two,
          commune,
          2025,
          'chien_si_thi_dua_cap_tinh',
          subject,
          facts({ titles: [cstdcs(2024)] }),
          ['chien_si_thi_dua_co_so'],
        ).reasons,
      ).toEqual([]);
    });
  });

  describe('who awards: a company’s director for its own staff; văn hóa titles for villages only', () => {
    it('given a person of a company, when the commune proposes LĐTT, then refused: the director awards it', () => {
      expect(judge('lao_dong_tien_tien', { units: [firm] }).reasons[0]).toMatch(
        /^Lao động tiên tiến của người lao động, tập thể thuộc Công ty TNHH Công nghệ số Kim Thành do Giám đốc Công ty/,
      );
    });
    it('given the same person, when the company’s own consideration proposes LĐTT, then eligible', () => {
      expect(judge('lao_dong_tien_tien', { units: [firm] }, [], company).reasons).toEqual([]);
    });
    it('given a company, when its consideration proposes a form beyond its own, then refused', () => {
      const collective: ConsiderationSubject = { kind: 'collective', unitCode: 'DNKT', name: company.name };
      expect(
        judge(
          'tap_the_lao_dong_xuat_sac',
          { units: [firm], rating: 'hoan_thanh_xuat_sac' },
          [],
          company,
          collective,
        ).reasons[0],
      ).toMatch(/chỉ xét tặng Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Tập thể lao động tiên tiến$/);
    });
    it('given an office (phòng), when “thôn văn hóa” is proposed, then refused: villages and quarters only', () => {
      const collective: ConsiderationSubject = { kind: 'collective', unitCode: 'VP', name: office.name };
      expect(judge('thon_van_hoa', {}, [], commune, collective).reasons[0]).toMatch(
        /^Thôn, tổ dân phố văn hóa chỉ xét tặng cho thon, to dan pho: Văn phòng HĐND và UBND là văn phòng/,
      );
    });
    it('given a village, when “thôn văn hóa” is proposed, then eligible', () => {
      const collective: ConsiderationSubject = { kind: 'collective', unitCode: 'THON1', name: village.name };
      expect(judge('thon_van_hoa', { units: [village] }, [], commune, collective).reasons).toEqual([]);
    });
  });

  it('given a person under discipline, when proposed, then refused naming the restriction', () => {
    expect(
      judge('lao_dong_tien_tien', { restrictions: [{ kind: 'discipline', reason: 'Quyết định 12/QĐ' }] })
        .reasons,
    ).toEqual(['Không khen thưởng khi đang bị xem xét kỷ luật (Quyết định 12/QĐ)']);
  });

  it('given several rules failed, then every reason is given', () => {
    expect(judge('chien_si_thi_dua_co_so', { rating: 'hoan_thanh' }).reasons).toHaveLength(3);
  });
});

const passed = (yes: number, members = 9): Tally => ({
  members,
  present: members,
  written: 0,
  yes,
  no: members - yes,
  abstain: 0,
  quorum: true,
  yesPercent: (yes / members) * 100,
  passed: yes * 100 >= 80 * members,
  basis: `${yes}/${members}`,
});
const contender = (
  id: string,
  form: Contender['form'],
  yes: number,
  extra: Partial<Contender> = {},
): Contender => ({
  proposalId: id,
  form,
  subject: `person:${id.replace(/-.*/, '')}`,
  dependsOn: [],
  tally: passed(yes),
  upward: false,
  ...extra,
});

describe('the council’s result: prerequisites and caps from the rule set', () => {
  const ldtt = (n: number) =>
    Array.from({ length: n }, (_, i) => contender(`p${i}-ld`, 'lao_dong_tien_tien', 9));
  const cstd = (i: number, yes: number, extra: Partial<Contender> = {}) =>
    contender(`p${i}-cs`, 'chien_si_thi_dua_co_so', yes, { dependsOn: ['lao_dong_tien_tien'], ...extra });

  it('given 30 LĐTT and 5 CSTĐCS passing the vote, when concluded, then 15 % gives 4 places and the 5th, fewest votes, is over the cap', () => {
    const outcomes = concludeConsideration(rules, 2025, [
      ...ldtt(30),
      cstd(0, 9),
      cstd(1, 9),
      cstd(2, 8),
      cstd(3, 8),
      cstd(4, 8, { chairChoice: 'no' }),
    ]);
    const over = outcomes.filter((o) => o.outcome === 'over_cap');
    expect(over.map((o) => o.proposalId)).toEqual(['p4-cs']);
    expect(over[0].basis).toBe(
      'Vượt tỷ lệ: Chiến sĩ thi đua cơ sở không quá 15 % số Lao động tiên tiến (30 → 4 suất); xếp thứ 5/5 theo số phiếu đồng ý (8)',
    );
    expect(outcomes.filter((o) => o.outcome === 'approved')).toHaveLength(34);
  });

  it('given a tie at the last place, when concluded, then the chair’s vote decides', () => {
    const outcomes = concludeConsideration(rules, 2025, [
      ...ldtt(10),
      cstd(0, 8, { chairChoice: 'no' }),
      cstd(1, 8, { chairChoice: 'yes' }),
    ]);
    expect(outcomes.find((o) => o.proposalId === 'p1-cs')!.outcome).toBe('approved');
    expect(outcomes.find((o) => o.proposalId === 'p0-cs')!.outcome).toBe('over_cap');
  });

  it('given a rule set with a 50 % cap, when concluded, then the places follow it', () => {
    const half = {
      ...rules,
      yearEnd: {
        ...rules.yearEnd,
        chien_si_thi_dua_co_so: {
          ...rules.yearEnd.chien_si_thi_dua_co_so!,
          cap: { of: 'lao_dong_tien_tien' as const, percent: 50 },
        },
      },
    };
    const outcomes = concludeConsideration(half, 2025, [...ldtt(4), cstd(0, 9), cstd(1, 9), cstd(2, 9)]);
    expect(outcomes.filter((o) => o.outcome === 'over_cap')).toHaveLength(1);
  });

  it('given a CSTĐCS whose LĐTT failed the vote, when concluded, then it falls with its reason', () => {
    const failedLdtt = contender('p0-ld', 'lao_dong_tien_tien', 2, {
      tally: { ...passed(2), passed: false },
    });
    const outcomes = concludeConsideration(rules, 2025, [failedLdtt, cstd(0, 9)]);
    expect(outcomes).toEqual([
      { proposalId: 'p0-ld', outcome: 'not_approved', basis: '2/9' },
      {
        proposalId: 'p0-cs',
        outcome: 'prerequisite_failed',
        basis: 'Không đạt Lao động tiên tiến năm 2025 nên không đủ điều kiện Chiến sĩ thi đua cơ sở',
      },
    ]);
  });

  it('given a title beyond the body’s authority, when it passes, then it is forwarded to the level above', () => {
    const [o] = concludeConsideration(rules, 2025, [
      contender('p0-tt', 'tap_the_lao_dong_xuat_sac', 9, { upward: true }),
    ]);
    expect(o.outcome).toBe('forwarded');
  });
});

describe('reward money: coefficient × base salary in force on the decision date', () => {
  it('given LĐTT signed on 20/12/2025, then 0,3 × 2.340.000 = 702.000, rounded up to 710.000', () => {
    expect(rewardOf(rules.money, 'lao_dong_tien_tien', 'individual', '2025-12-20')).toEqual({
      coefficient: 0.3,
      baseSalary: { from: '2024-07-01', amount: 2_340_000, source: 'Nghị định 73/2024/NĐ-CP' },
      amount: 710_000,
    });
  });
  it('given a decision dated before 01/07/2024, then the base salary then in force (1.800.000)', () => {
    expect(rewardOf(rules.money, 'chien_si_thi_dua_co_so', 'individual', '2024-03-01').amount).toBe(
      1_800_000,
    );
  });
  it('given a new base salary published with its date, then decisions from that date use it', () => {
    const money = {
      ...rules.money,
      baseSalaries: [
        ...rules.money.baseSalaries,
        { from: '2026-07-01', amount: 2_530_000, source: 'Nghị định mới' },
      ],
    };
    expect(rewardOf(money, 'tap_the_lao_dong_tien_tien', 'collective', '2026-12-01').amount).toBe(2_030_000);
    expect(rewardOf(money, 'tap_the_lao_dong_tien_tien', 'collective', '2026-06-30').amount).toBe(1_880_000);
  });
  it('given a form with no coefficient (Gia đình văn hóa), then no money', () => {
    expect(rewardOf(rules.money, 'gia_dinh_van_hoa', 'household', '2025-12-20').amount).toBe(0);
  });
});
