import { type CivilDate } from '@kernel';
import { fail } from './plan.errors';
import type { UnitScore } from '@modules/review/review.scoring';
import type { PlanDefinition } from './plan.definition';

export type ReviewType = 'preliminary' | 'final' | 'annual';

export const REVIEW_TYPE_LABELS: Record<ReviewType, string> = {
  preliminary: 'Sơ kết',
  final: 'Tổng kết',
  annual: 'Đánh giá năm',
};

/** A review (sơ kết, tổng kết or annual): which span of the plan it judges. */
export interface ReviewInfo {
  reviewId: string;
  kind: ReviewType;
  phaseCode?: string;
  year?: number;
  title: string;
  from: CivilDate;
  to: CivilDate;
  openedAt: string;
}

export interface ReviewState extends ReviewInfo {
  status: 'open' | 'closed';
  scores?: UnitScore[];
}

export type ReviewTarget = { phaseCode: string } | { year: number };

/** The review a phase or a year calls for, clipped to the plan's span. */
export function reviewFor(
  def: PlanDefinition,
  target: ReviewTarget,
  reviewId: string,
  openedAt: string,
): ReviewInfo {
  if ('phaseCode' in target) {
    const phase = def.phases.find((p) => p.code === target.phaseCode);
    if (!phase) fail('NOT_FOUND', `Kế hoạch không có giai đoạn ${target.phaseCode}`, { field: 'phaseCode' });
    const years = `${phase.startsOn.slice(0, 4)}–${phase.endsOn.slice(0, 4)}`;
    return {
      reviewId,
      kind: phase.review,
      phaseCode: phase.code,
      title: `${REVIEW_TYPE_LABELS[phase.review]} ${phase.name.toLowerCase()} (${years}) thực hiện Kế hoạch số ${def.number}`,
      from: phase.startsOn,
      to: phase.endsOn,
      openedAt,
    };
  }
  const from = `${target.year}-01-01` < def.startsOn ? def.startsOn : `${target.year}-01-01`;
  const to = `${target.year}-12-31` > def.endsOn ? def.endsOn : `${target.year}-12-31`;
  if (from > to)
    fail('YEAR_OUTSIDE_PLAN', `Năm ${target.year} nằm ngoài thời gian của kế hoạch`, { field: 'year' });
  return {
    reviewId,
    kind: 'annual',
    year: target.year,
    title: `Đánh giá năm ${target.year} thực hiện Kế hoạch số ${def.number}`,
    from,
    to,
    openedAt,
  };
}

export const sameTarget = (review: ReviewInfo, target: ReviewTarget): boolean =>
  'phaseCode' in target ? review.phaseCode === target.phaseCode : review.year === target.year;
