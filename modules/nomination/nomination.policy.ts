import type { RewardForm, ReviewKind } from '@modules/plan/plan.definition';
import type { RewardRuleSet } from '@modules/rule-set/rule-set.policy';
import type { SubjectKind } from './nomination.forms';
import { REWARD_FORM_INFO } from './nomination.forms';
import { fail } from './nomination.errors';
import { allocateQuota, quotaPlaces, type QuotaOutcome } from './nomination.voting';
import type { VoteChoice } from './nomination.voting';

/** What a proposal needs to know of the review it is made in (read by the API, carried by the command). */
export interface ReviewContext {
  status: 'open' | 'closed';
  kind: ReviewKind | 'annual';
  /** The forms the plan names for this kind of review. */
  planForms: RewardForm[];
  /** Whether the subject's unit has a score in the closed review. */
  unitScored: boolean;
}

/**
 * A nomination is made in a closed review (its scores are fixed), for a form the plan uses for
 * that review, for a unit the review scored. A yearly title (the rule set says which) is
 * considered on the whole year's work in the yearly consideration, never in a plan's review.
 * Proposals recorded before the review travelled with them carry no context and were checked then.
 */
export function checkEligibility(
  form: RewardForm,
  review: ReviewContext | undefined,
  rules: Pick<RewardRuleSet, 'yearEnd'>,
): void {
  if (!review) return;
  if (rules.yearEnd?.[form]?.title)
    fail(
      'FORM_NOT_ALLOWED',
      `${REWARD_FORM_INFO[form].label} là danh hiệu thi đua hằng năm: chỉ đề nghị trong bình xét thi đua cuối năm, không trong đợt sơ kết, tổng kết kế hoạch`,
      { field: 'form', allowed: review.planForms.filter((f) => !rules.yearEnd?.[f]?.title) },
    );
  if (review.status !== 'closed')
    fail('REVIEW_NOT_CLOSED', 'Đợt đánh giá chưa chốt kết quả: chưa thể đề nghị khen thưởng', {
      field: 'id',
    });
  const allowed = review.planForms;
  if (!allowed.includes(form))
    fail(
      'FORM_NOT_ALLOWED',
      `Kế hoạch không dùng hình thức “${REWARD_FORM_INFO[form].label}” cho đợt đánh giá này`,
      {
        field: 'form',
        allowed,
      },
    );
  if (!review.unitScored)
    fail('UNIT_NOT_IN_REVIEW', 'Đơn vị không có trong kết quả đánh giá', { field: 'subject.unitCode' });
}

/** A nomination waiting for its form's quota, as the council's result sees it. */
export interface QuotaEntry {
  nominationId: string;
  planId: string;
  kind: SubjectKind;
  awaiting: boolean;
  yes: number;
  chairChoice?: VoteChoice;
  score: number;
  quota?: { collectivePercent?: number; individualPercent?: number };
}

export interface QuotaDecision extends QuotaOutcome {
  planId: string;
  places: number;
}

/**
 * The council's result for one form in one review: for collectives and for individuals apart,
 * the places the quota gives (its share of the units the review scored, or of the individuals
 * nominated), filled by yes votes with ties at the last place going to the chair's vote.
 */
export function quotaDecisions(entries: QuotaEntry[], reviewUnits: number): QuotaDecision[] {
  return (['collective', 'individual'] as const).flatMap((kind) => {
    const candidates = entries.filter((e) => e.kind === kind && e.awaiting);
    if (candidates.length === 0) return [];
    const quota = candidates[0].quota;
    const percent = (kind === 'collective' ? quota?.collectivePercent : quota?.individualPercent) ?? 100;
    const base = kind === 'collective' ? reviewUnits : entries.filter((e) => e.kind === kind).length;
    const places = quotaPlaces(percent, base);
    const planOf = new Map(candidates.map((c) => [c.nominationId, c.planId]));
    return allocateQuota(candidates, places).map((o) => ({
      ...o,
      planId: planOf.get(o.nominationId)!,
      places,
    }));
  });
}
