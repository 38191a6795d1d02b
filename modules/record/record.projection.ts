import { Entity, Index } from 'typeorm';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type { Projection, StoredEvent } from '@platform/event-store';
import {
  INITIATIVE_KINDS,
  RATINGS,
  subjectKey,
  type InitiativeKind,
  type InitiativeStatus,
  type Rating,
  type RecordEvent,
} from './record.decider';

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

/** An initiative or scientific topic on its way to recognition. */
@Entity({ name: 'record_initiatives' })
@Index(['organisationCode', 'year'])
export class RecordInitiativeView {
  @ApiPrimaryColumn({ type: 'uuid' }) id: string;
  @ApiColumn({ name: 'organisation_code', type: 'text' }) organisationCode: string;
  @ApiColumn({ type: 'text' }, { enum: INITIATIVE_KINDS }) kind: InitiativeKind;
  @ApiColumn({ type: 'text' }) title: string;
  @ApiColumn({ type: 'integer' }) year: number;
  /** The authors' person ids. */
  @ApiColumn({ type: 'jsonb' }, { type: [String] }) authors: string[];
  @ApiColumn({ type: 'text' }) summary: string;
  @ApiColumn({ name: 'proposed_by', type: 'text' }) proposedBy: string;
  @ApiColumn({ type: 'text' }, { enum: ['proposed', 'accepted', 'not_accepted', 'recognised'] })
  status: InitiativeStatus;
  @ApiColumn({ type: 'text', nullable: true }) assessment: string | null;
  @ApiColumn({ name: 'assessed_on', type: 'date', nullable: true }) assessedOn: string | null;
  @ApiColumn({ name: 'recognised_on', type: 'date', nullable: true }) recognisedOn: string | null;
  @ApiColumn({ name: 'recognised_by', type: 'text', nullable: true }) recognisedBy: string | null;
}

const INITIATIVE_EVENTS = new Set(['InitiativeProposed', 'InitiativeAssessed', 'InitiativeRecognised']);

export const recordInitiativeProjection: Projection<RecordInitiativeView> = {
  name: 'record_initiatives',
  entity: RecordInitiativeView,
  keysOf(stored) {
    if (!INITIATIVE_EVENTS.has(stored.type)) return [];
    const data = stored.data as { initiativeId?: string; initiative?: { initiativeId: string } };
    return [data.initiativeId ?? data.initiative!.initiativeId];
  },
  evolve(row, stored) {
    const event = stored as StoredEvent & RecordEvent;
    switch (event.type) {
      case 'InitiativeProposed': {
        const { organisation, initiative, proposedBy } = event.data;
        const { initiativeId, ...rest } = initiative;
        return Object.assign(new RecordInitiativeView(), {
          id: initiativeId,
          organisationCode: organisation,
          ...rest,
          proposedBy,
          status: 'proposed',
          assessment: null,
          assessedOn: null,
          recognisedOn: null,
          recognisedBy: null,
        });
      }
      case 'InitiativeAssessed':
        return Object.assign(row!, {
          status: event.data.outcome === 'pass' ? 'accepted' : 'not_accepted',
          assessment: event.data.assessment,
          assessedOn: event.data.assessedOn,
        });
      case 'InitiativeRecognised':
        return Object.assign(row!, {
          status: 'recognised',
          recognisedOn: event.data.recognisedOn,
          recognisedBy: event.data.recognisedBy,
        });
      default:
        return row!;
    }
  },
};
