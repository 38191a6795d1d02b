import { DEFAULT_RULE_SET, ruleSetFor } from '@modules/rule-set/rule-set.policy';
import { allocateQuota, quotaPlaces, tally, type Ballot, type VoteChoice } from './nomination.voting';

const members = Array.from({ length: 9 }, (_, i) => `m${i + 1}`);
const council = DEFAULT_RULE_SET.council;
const ballots = (choices: VoteChoice[], written = 0): Ballot[] =>
  choices.map((choice, i) => ({ member: members[i], choice, written: i >= choices.length - written }));
const yesOf = (n: number, of = 9): VoteChoice[] => [...Array(n).fill('yes'), ...Array(of - n).fill('no')];

describe('council vote rules, thresholds as data', () => {
  const cstd = council.thresholds.chien_si_thi_dua_co_so;
  const giayKhen = council.thresholds.giay_khen_chu_tich_xa;

  it('misses 80 % with 7 of 9 and meets it with 8 of 9, counted on all members', () => {
    expect(tally(ballots(yesOf(7)), members, council, cstd)).toMatchObject({
      quorum: true,
      yes: 7,
      yesPercent: 77.78,
      passed: false,
    });
    expect(tally(ballots(yesOf(8)), members, council, cstd)).toMatchObject({
      passed: true,
      yesPercent: 88.89,
    });
  });

  it('counts on all members, not on those present', () => {
    // 8 present, 7 yes and 1 abstention: 87.5 % of those present, 77.78 % of the council.
    const eight = tally(ballots([...yesOf(7, 7), 'abstain']), members, council, cstd);
    expect(eight).toMatchObject({ present: 8, quorum: true, yes: 7, passed: false });
  });

  it('needs 2/3 present and 80 % taking part; written opinions take part but are not present', () => {
    expect(tally(ballots(yesOf(5, 5)), members, council, giayKhen)).toMatchObject({ quorum: false });
    expect(tally(ballots(yesOf(5, 5)), members, council, giayKhen).basis).toContain('5/9');
    expect(tally(ballots(yesOf(6, 6)), members, council, giayKhen)).toMatchObject({ quorum: false }); // 6/9 present, 6/9 take part
    expect(tally(ballots(yesOf(8, 8), 2), members, council, giayKhen)).toMatchObject({
      present: 6,
      written: 2,
      quorum: true,
      passed: true,
    });
    expect(tally(ballots(yesOf(8, 8), 3), members, council, giayKhen)).toMatchObject({
      present: 5,
      quorum: false,
    });
  });

  it('requires more than half for Giấy khen: 4 of 9 fails, 5 of 9 passes; ignores non-members', () => {
    expect(tally(ballots(yesOf(4)), members, council, giayKhen).passed).toBe(false);
    expect(tally(ballots(yesOf(5)), members, council, giayKhen).passed).toBe(true);
    const outsider: Ballot = { member: 'x', choice: 'yes', written: false };
    expect(tally([...ballots(yesOf(4)), outsider], members, council, giayKhen).yes).toBe(4);
  });

  it('takes other thresholds from a published rule set', () => {
    const strict = ruleSetFor(
      [
        {
          jurisdiction: 'HN',
          effectiveFrom: '2026-01-01',
          council: {
            ...council,
            thresholds: { ...council.thresholds, giay_khen_chu_tich_xa: { percent: 90, strict: false } },
          },
        },
      ],
      'HN',
      '2026-06-01',
    );
    expect(
      tally(ballots(yesOf(8)), members, strict.council, strict.council.thresholds.giay_khen_chu_tich_xa)
        .passed,
    ).toBe(false);
    expect(ruleSetFor([], 'HN', '2026-06-01')).toBe(DEFAULT_RULE_SET);
    expect(
      ruleSetFor(
        [{ jurisdiction: 'HN', effectiveFrom: '2027-01-01', postingWorkingDays: 3 }],
        'HN',
        '2026-06-01',
      ).postingWorkingDays,
    ).toBe(7);
  });
});

describe('quota allocation', () => {
  it('gives a tie for the last place to the chair’s vote, and records it', () => {
    const outcome = allocateQuota(
      [
        { nominationId: 'a', yes: 6, chairChoice: 'no', score: 90 },
        { nominationId: 'b', yes: 6, chairChoice: 'yes', score: 70 },
        { nominationId: 'c', yes: 8, chairChoice: 'yes', score: 50 },
      ],
      2,
    );
    expect(outcome.map((o) => [o.nominationId, o.selected])).toEqual([
      ['c', true],
      ['b', true],
      ['a', false],
    ]);
    expect(outcome[1].basis).toContain('phiếu của Chủ tịch Hội đồng');
    expect(outcome[0].basis).not.toContain('Chủ tịch');
  });

  it('falls back to the review score when the chair voted alike', () => {
    const outcome = allocateQuota(
      [
        { nominationId: 'a', yes: 6, chairChoice: 'yes', score: 90 },
        { nominationId: 'b', yes: 6, chairChoice: 'yes', score: 70 },
      ],
      1,
    );
    expect(outcome.map((o) => o.nominationId)).toEqual(['a', 'b']);
    expect(outcome[0].basis).toContain('điểm đánh giá');
  });

  it('gives at least one place', () => {
    expect(quotaPlaces(10, 4)).toBe(1);
    expect(quotaPlaces(10, 35)).toBe(3);
  });
});
