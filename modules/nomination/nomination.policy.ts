import type { RewardForm, ReviewKind } from '@modules/plan/plan.definition';
import type { SubjectKind } from './nomination.forms';
import { REWARD_FORM_INFO } from './nomination.forms';
import { fail } from './nomination.errors';
import { allocateQuota, quotaPlaces, type QuotaOutcome } from './nomination.voting';
import type { VoteChoice } from './nomination.voting';

/** The yearly titles the law lets any review propose, beside the forms a plan names for it. */
export const YEARLY_TITLES: RewardForm[] = [
  'lao_dong_tien_tien',
  'tap_the_lao_dong_tien_tien',
  'chien_si_thi_dua_co_so',
  'thon_van_hoa',
];

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
 * that review or a yearly title, for a unit the review scored. Proposals recorded before the
 * review travelled with them carry no context and were checked then.
 */
export function checkEligibility(form: RewardForm, review: ReviewContext | undefined): void {
  if (!review) return;
  if (review.status !== 'closed')
    fail('REVIEW_NOT_CLOSED', 'Đợt đánh giá chưa chốt kết quả: chưa thể đề nghị khen thưởng', {
      field: 'id',
    });
  const allowed = [...new Set([...review.planForms, ...YEARLY_TITLES])];
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
