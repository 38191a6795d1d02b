import { Entity, Index } from 'typeorm';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type { AssignmentEvent } from './assignment.decider';
import type { Projection, StoredEvent } from '@platform/event-store';

/** Initiatives credited to units (criterion 1.2 of the plan); reviews count them. */
@Entity({ name: 'initiatives' })
@Index(['planId', 'unitCode'])
export class InitiativeView {
  @ApiPrimaryColumn({ type: 'uuid' })
  id: string;

  @ApiColumn({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ApiColumn({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @ApiColumn({ type: 'text' })
  title: string;

  @ApiColumn({ type: 'text' })
  author: string;

  @ApiColumn({ type: 'text' })
  description: string;

  @ApiColumn({ name: 'recognized_on', type: 'date' })
  recognizedOn: string;

  @ApiColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

export const initiativeProjection: Projection<InitiativeView> = {
  name: 'initiatives',
  entity: InitiativeView,
  keysOf: (event) =>
    event.type === 'InitiativeRecorded' ? [(event.data as { initiativeId: string }).initiativeId] : [],
  evolve(_row, stored) {
    const { data } = stored as StoredEvent & Extract<AssignmentEvent, { type: 'InitiativeRecorded' }>;
    return Object.assign(new InitiativeView(), {
      id: data.initiativeId,
      planId: data.planId,
      unitCode: data.unitCode,
      title: data.title,
      author: data.author,
      description: data.description,
      recognizedOn: data.recognizedOn,
      recordedAt: new Date(stored.recordedAt),
    });
  },
};
