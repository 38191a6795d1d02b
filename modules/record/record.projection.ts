import { Entity, Index } from 'typeorm';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type { Projection, StoredEvent } from '@platform/event-store';
import { RATINGS, subjectKey, type Rating, type RecordEvent } from './record.decider';

type Of<T extends RecordEvent['type']> = StoredEvent & Extract<RecordEvent, { type: T }>;

/** A title or reward a person or collective received, as its record keeps it. */
@Entity({ name: 'record_titles' })
@Index(['organisationCode', 'subject'])
export class RecordTitleView {
  @ApiPrimaryColumn({ type: 'text' }) id: string;
  @ApiColumn({ name: 'organisation_code', type: 'text' }) organisationCode: string;
  /** `person:<id>` or `unit:<code>`. */
  @ApiColumn({ type: 'text' }) subject: string;
  @ApiColumn({ type: 'integer' }) year: number;
  @ApiColumn({ type: 'text' }) form: string;
  @ApiColumn({ name: 'decision_number', type: 'text' }) decisionNumber: string;
  @ApiColumn({ name: 'decided_on', type: 'date' }) decidedOn: string;
  @ApiColumn({ type: 'text' }) issuer: string;
  @ApiColumn({ type: 'text' }, { enum: ['thidua', 'imported'] }) source: 'thidua' | 'imported';
  @ApiColumn({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** How a person or collective was rated for a year. */
@Entity({ name: 'record_ratings' })
@Index(['organisationCode', 'subject'])
export class RecordRatingView {
  @ApiPrimaryColumn({ type: 'text' }) id: string;
  @ApiColumn({ name: 'organisation_code', type: 'text' }) organisationCode: string;
  @ApiColumn({ type: 'text' }) subject: string;
  @ApiColumn({ type: 'integer' }) year: number;
  @ApiColumn({ type: 'text' }, { enum: RATINGS }) rating: Rating;
  @ApiColumn({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

export const recordTitleProjection: Projection<RecordTitleView> = {
  name: 'record_titles',
  entity: RecordTitleView,
  keysOf: (stored) => (stored.type === 'TitleRecorded' ? [stored.eventId] : []),
  evolve(_row, stored, key) {
    const { organisation, subject, title } = (stored as Of<'TitleRecorded'>).data;
    return Object.assign(new RecordTitleView(), {
      id: key,
      organisationCode: organisation,
      subject: subjectKey(subject),
      ...title,
      recordedAt: new Date(stored.recordedAt),
    });
  },
};

export const recordRatingProjection: Projection<RecordRatingView> = {
  name: 'record_ratings',
  entity: RecordRatingView,
  keysOf(stored) {
    if (stored.type !== 'RatingRecorded') return [];
    const { organisation, subject, year } = (stored as Of<'RatingRecorded'>).data;
    return [`${organisation}/${subjectKey(subject)}/${year}`];
  },
  evolve(_row, stored, key) {
    const { organisation, subject, year, rating } = (stored as Of<'RatingRecorded'>).data;
    return Object.assign(new RecordRatingView(), {
      id: key,
      organisationCode: organisation,
      subject: subjectKey(subject),
      year,
      rating,
      recordedAt: new Date(stored.recordedAt),
    });
  },
};
