import { ofPlansIn } from '@modules/plan/plan.query';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError } from '@kernel';
import { ReviewView } from './review.projection';

/** Reads of a plan's reviews. */
@Injectable()
export class ReviewQuery {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async review(reviewId: string): Promise<ReviewView> {
    const review = await this.db.getRepository(ReviewView).findOneBy({ id: reviewId });
    if (!review) throw new DomainError('NOT_FOUND', 'Không tìm thấy đợt đánh giá', { field: 'id' });
    return review;
  }

  /** `within`: organisations whose plans' reviews count; absent: all. */
  open(within?: string[]): Promise<ReviewView[]> {
    return this.db
      .getRepository(ReviewView)
      .findBy({ status: 'open', ...(within ? { planId: ofPlansIn(within) } : {}) });
  }

  /** The plan's review of a phase or a year (opened by the owner or by the plan's agenda). */
  async reviewFor(planId: string, target: { phaseCode: string } | { year: number }): Promise<ReviewView> {
    const where =
      'phaseCode' in target ? { planId, phaseCode: target.phaseCode } : { planId, year: target.year };
    const review = await this.db.getRepository(ReviewView).findOneBy(where);
    if (!review) throw new DomainError('NOT_FOUND', 'Không tìm thấy đợt đánh giá', { field: 'id' });
    return review;
  }

  reviewsOf(planId: string): Promise<ReviewView[]> {
    return this.db.getRepository(ReviewView).find({ where: { planId }, order: { openedAt: 'ASC' } });
  }
}
