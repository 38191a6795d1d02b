import { ApiProperty } from '@nestjs/swagger';
import { Entity, Index } from 'typeorm';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import {
  evolveNomination,
  type ActiveNomination,
  type NominationEvent,
  type NominationStatus,
} from './nomination.decider';
import { type RewardForm } from '@modules/plan/plan.definition';
import type { Projection, StoredEvent } from '@platform/event-store';

export interface NominationStep {
  type: string;
  at: string;
  by: string;
  data: unknown;
}

class StepShape implements NominationStep {
  @ApiProperty({ example: 'ObjectionRaised' }) type: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() by: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: Record<string, unknown>;
}

/**
 * A nomination as its workflow sees it (the same evolve folds `state`), plus its steps for
 * people to read, and columns to list by.
 */
@Entity({ name: 'nominations' })
@Index(['status', 'statusSince'])
@Index(['reviewId'])
export class NominationView {
  @ApiPrimaryColumn({ type: 'uuid' })
  id: string;

  @ApiColumn({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ApiColumn({ name: 'review_id', type: 'uuid' })
  reviewId: string;

  @ApiColumn({ name: 'unit_code', type: 'text' })
  unitCode: string;

  /** Set when another organisation than the plan's handles it (a referral to the city). */
  @ApiColumn({ name: 'organisation_code', type: 'text', nullable: true })
  organisationCode: string | null;

  @ApiColumn({ type: 'text' })
  form: RewardForm;

  @ApiColumn({ type: 'text' })
  status: NominationStatus;

  @ApiColumn({ name: 'status_since', type: 'timestamptz' })
  statusSince: Date;

  @ApiColumn({ type: 'jsonb' })
  state: ActiveNomination;

  @ApiColumn({ type: 'jsonb' }, { type: () => [StepShape] })
  steps: NominationStep[];

  @ApiColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export const nominationProjection: Projection<NominationView> = {
  name: 'nominations',
  entity: NominationView,
  keysOf: (event) =>
    event.streamId.startsWith('nomination-') ? [(event.data as { nominationId: string }).nominationId] : [],
  evolve(row, stored) {
    const event = stored as StoredEvent & NominationEvent;
    const state = evolveNomination(row?.state ?? { status: 'absent' }, event) as ActiveNomination;
    const at = new Date(stored.recordedAt);
    return Object.assign(new NominationView(), row, {
      id: state.nominationId,
      planId: state.planId,
      reviewId: state.reviewId,
      unitCode: state.subject.unitCode,
      organisationCode: state.organisation ?? null,
      form: state.form,
      status: state.status,
      statusSince: row?.status === state.status ? row.statusSince : at,
      state,
      steps: [
        ...(row?.steps ?? []),
        { type: event.type, at: stored.recordedAt, by: stored.metadata.actor.username, data: event.data },
      ],
      updatedAt: at,
    });
  },
};
