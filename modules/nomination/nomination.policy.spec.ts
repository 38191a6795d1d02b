import { DomainError, REWARD_FORMS } from '@kernel';
import { DEFAULT_RULE_SET } from '@modules/rule-set/rule-set.policy';
import { checkEligibility, quotaDecisions, type QuotaEntry, type ReviewContext } from './nomination.policy';

const rules = DEFAULT_RULE_SET;
const closed: ReviewContext = {
  status: 'closed',
  kind: 'preliminary',
  planForms: ['giay_khen_chu_tich_xa'],
  unitScored: true,
};
const refusal = (run: () => void): DomainError => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('who may be proposed in a review (eligibility)', () => {
  describe('given a closed review whose plan uses the Giấy khen and which scored the unit', () => {
    it('when the Giấy khen is proposed, then it is eligible', () => {
      expect(() => checkEligibility('giay_khen_chu_tich_xa', closed, rules)).not.toThrow();
    });

    it('when a yearly title (by the rule set) is proposed, then refused: it belongs to the yearly consideration', () => {
      const titles = REWARD_FORMS.filter((f) => rules.yearEnd[f]?.title);
      expect(titles).toContain('lao_dong_tien_tien');
      for (const title of titles) {
        const error = refusal(() => checkEligibility(title, { ...closed, planForms: [title] }, rules));
        expect(error).toMatchObject({ code: 'FORM_NOT_ALLOWED', details: { field: 'form' } });
        expect(error.message).toMatch(/chỉ đề nghị trong bình xét thi đua cuối năm/);
      }
    });

    it('when a form the plan does not use for it is proposed, then FORM_NOT_ALLOWED names the form and what is allowed', () => {
      const error = refusal(() => checkEligibility('bang_khen_chu_tich_thanh_pho', closed, rules));
      expect(error).toMatchObject({ code: 'FORM_NOT_ALLOWED', details: { field: 'form' } });
      expect((error.details as { allowed: string[] }).allowed).toEqual(['giay_khen_chu_tich_xa']);
    });
  });

  it('given an open review, when anything is proposed, then REVIEW_NOT_CLOSED: its scores are not fixed yet', () => {
    expect(
      refusal(() => checkEligibility('giay_khen_chu_tich_xa', { ...closed, status: 'open' }, rules)).code,
    ).toBe('REVIEW_NOT_CLOSED');
  });

  it('given a review that did not score the unit, when it is proposed, then UNIT_NOT_IN_REVIEW names the unit field', () => {
    expect(
      refusal(() => checkEligibility('giay_khen_chu_tich_xa', { ...closed, unitScored: false }, rules)),
    ).toMatchObject({
      code: 'UNIT_NOT_IN_REVIEW',
      details: { field: 'subject.unitCode' },
    });
  });

  it('given a proposal recorded before the review travelled with it, then nothing is checked again', () => {
    expect(() => checkEligibility('bang_khen_chu_tich_thanh_pho', undefined, rules)).not.toThrow();
  });
});

describe("the council's quota for one form in one review", () => {
  const entry = (nominationId: string, yes: number, over: Partial<QuotaEntry> = {}): QuotaEntry => ({
    nominationId,
    planId: 'p',
    kind: 'collective',
    awaiting: true,
    yes,
    score: 80,
    quota: { collectivePercent: 10, individualPercent: 5 },
    ...over,
  });

  it('given 30 scored units and 10 % for collectives, when 4 collectives wait, then 3 places go by yes votes', () => {
    const decisions = quotaDecisions([entry('a', 9), entry('b', 7), entry('c', 8), entry('d', 6)], 30);
    expect(decisions.filter((d) => d.selected).map((d) => d.nominationId)).toEqual(['a', 'c', 'b']);
    expect(decisions.every((d) => d.places === 3 && d.planId === 'p')).toBe(true);
  });

  it('given individuals, then their places are a share of the individuals nominated, at least one', () => {
    const people = ['x', 'y', 'z'].map((id, i) => entry(id, 9 - i, { kind: 'individual' }));
    const decisions = quotaDecisions(
      [...people, entry('done', 9, { kind: 'individual', awaiting: false })],
      30,
    );
    expect(decisions).toHaveLength(3);
    expect(decisions.filter((d) => d.selected)).toEqual([
      expect.objectContaining({ nominationId: 'x', places: 1 }),
    ]);
  });

  it('given a tie across the last place, then the chair’s vote decides and says so', () => {
    const decisions = quotaDecisions([entry('a', 7), entry('b', 7, { chairChoice: 'yes' })], 10);
    expect(decisions[0]).toMatchObject({ nominationId: 'b', selected: true });
    expect(decisions[0].basis).toContain('phiếu của Chủ tịch Hội đồng');
  });

  it('given nothing waiting, then there is nothing to decide', () => {
    expect(quotaDecisions([entry('a', 9, { awaiting: false })], 10)).toEqual([]);
  });
});
