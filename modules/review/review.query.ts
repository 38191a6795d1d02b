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

  open(): Promise<ReviewView[]> {
    return this.db.getRepository(ReviewView).findBy({ status: 'open' });
  }

  reviewsOf(planId: string): Promise<ReviewView[]> {
    return this.db.getRepository(ReviewView).find({ where: { planId }, order: { openedAt: 'ASC' } });
  }
}
