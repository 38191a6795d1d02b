import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { nameUuid } from '@platform/ids';
import { civilDateAt, DomainError, type Actor } from '@kernel';
import { jurisdictionOf } from '@modules/rule-set/rule-set.policy';
import { scoreUnits, type UnitScore } from '../review.scoring';
import { type ReviewTarget } from '@modules/plan/plan.reviews';
import { ReviewView } from '../review.projection';
import { PlansService } from '@modules/plan/http/plans.service';
import { gatherReviewFacts } from './review-facts';
import { RuleSetsService } from '@modules/rule-set/http/rule-sets.service';

export type ReviewReply = ReviewView & { scores: UnitScore[]; live: boolean };

@Injectable()
export class ReviewsService {
  constructor(
    private readonly plans: PlansService,
    private readonly rules: RuleSetsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** A review on the owner's request: a phase's, ahead of its end, or a year's. */
  async open(planId: string, target: ReviewTarget, actor: Actor): Promise<ReviewReply> {
    await this.plans.get(planId);
    const key = 'phaseCode' in target ? `phase:${target.phaseCode}` : `year:${target.year}`;
    await this.plans.send(planId, {
      type: 'OpenReview',
      data: { reviewId: nameUuid('review', planId, key), target },
      actor,
    });
    const review = await this.db
      .getRepository(ReviewView)
      .findOneByOrFail(
        'phaseCode' in target ? { planId, phaseCode: target.phaseCode } : { planId, year: target.year },
      );
    return this.get(review.id);
  }

  list(planId: string): Promise<ReviewView[]> {
    return this.db.getRepository(ReviewView).find({ where: { planId }, order: { openedAt: 'ASC' } });
  }

  /** An open review shows scores computed now; a closed one the scores it was closed with. */
  async get(reviewId: string): Promise<ReviewReply> {
    const review = await this.review(reviewId);
    if (review.scores) return { ...review, scores: review.scores, live: false };
    return { ...review, scores: await this.score(review), live: true };
  }

  async remark(reviewId: string, text: string, actor: Actor): Promise<ReviewReply> {
    const review = await this.review(reviewId);
    await this.plans.send(review.planId, { type: 'AddReviewRemark', data: { reviewId, text }, actor });
    return this.get(reviewId);
  }

  /** Fixes the scores as they stand: later events no longer change this review. */
  async close(reviewId: string, actor: Actor): Promise<ReviewReply> {
    const review = await this.review(reviewId);
    if (review.status === 'open') {
      const scores = await this.score(review);
      await this.plans.send(review.planId, { type: 'CloseReview', data: { reviewId, scores }, actor });
    }
    return this.get(reviewId);
  }

  async review(reviewId: string): Promise<ReviewView> {
    const review = await this.db.getRepository(ReviewView).findOneBy({ id: reviewId });
    if (!review) throw new DomainError('NOT_FOUND', 'Không tìm thấy đợt đánh giá', { field: 'id' });
    return review;
  }

  private async score(review: ReviewView): Promise<UnitScore[]> {
    const plan = await this.plans.get(review.planId);
    const now = new Date();
    const rules = await this.rules.inForce(jurisdictionOf(plan.definition), civilDateAt(now));
    const span = { from: review.periodFrom, to: review.periodTo };
    const facts = await gatherReviewFacts(this.db, review.planId, plan.definition, span, now);
    return scoreUnits(facts, rules.scoring, review.periodTo);
  }
}
