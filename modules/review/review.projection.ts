import { Entity, Index } from 'typeorm';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type { PlanEvent } from '@modules/plan/plan.decider';
import type { ReviewType } from '@modules/plan/plan.reviews';
import type { UnitScore } from './review.scoring';
import { RemarkShape, UnitScoreShape } from './http/review.shapes';
import type { Projection, StoredEvent } from '@platform/event-store';

export interface Remark {
  text: string;
  by: string;
  at: string;
}

/** A review of a plan's phase or year; its scores are fixed when it closes. */
@Entity({ name: 'reviews' })
@Index(['planId'])
export class ReviewView {
  @ApiPrimaryColumn({ type: 'uuid' })
  id: string;

  @ApiColumn({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ApiColumn({ type: 'text' })
  kind: ReviewType;

  @ApiColumn({ name: 'phase_code', type: 'text', nullable: true })
  phaseCode: string | null;

  @ApiColumn({ type: 'integer', nullable: true })
  year: number | null;

  @ApiColumn({ type: 'text' })
  title: string;

  @ApiColumn({ name: 'period_from', type: 'date' })
  periodFrom: string;

  @ApiColumn({ name: 'period_to', type: 'date' })
  periodTo: string;

  @ApiColumn({ type: 'text' })
  status: 'open' | 'closed';

  @ApiColumn({ type: 'jsonb' }, { type: () => [RemarkShape] })
  remarks: Remark[];

  /** Null while open (scores are then computed live); fixed at closing. */
  @ApiColumn({ type: 'jsonb', nullable: true }, { type: () => [UnitScoreShape] })
  scores: UnitScore[] | null;

  @ApiColumn({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @ApiColumn({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}

type ReviewEvent = StoredEvent &
  Extract<PlanEvent, { type: 'ReviewOpened' | 'ReviewRemarkAdded' | 'ReviewClosed' }>;

export const reviewProjection: Projection<ReviewView> = {
  name: 'reviews',
  entity: ReviewView,
  keysOf(stored) {
    const event = stored as ReviewEvent;
    if (event.type === 'ReviewOpened') return [event.data.review.reviewId];
    if (event.type === 'ReviewRemarkAdded' || event.type === 'ReviewClosed') return [event.data.reviewId];
    return [];
  },
  evolve(row, stored) {
    const event = stored as ReviewEvent;
    const next = Object.assign(new ReviewView(), row);
    switch (event.type) {
      case 'ReviewOpened': {
        const { planId, review: r } = event.data;
        return Object.assign(next, {
          id: r.reviewId,
          planId,
          kind: r.kind,
          phaseCode: r.phaseCode ?? null,
          year: r.year ?? null,
          title: r.title,
          periodFrom: r.from,
          periodTo: r.to,
          status: 'open',
          remarks: [],
          scores: null,
          openedAt: new Date(r.openedAt),
          closedAt: null,
        });
      }
      case 'ReviewRemarkAdded':
        return Object.assign(next, {
          remarks: [...next.remarks, { text: event.data.text, by: event.data.by, at: stored.recordedAt }],
        });
      case 'ReviewClosed':
        return Object.assign(next, {
          status: 'closed',
          scores: event.data.scores,
          closedAt: new Date(stored.recordedAt),
        });
    }
  },
};
