import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AssignmentEvent } from './assignment.decider';
import type { Projection, StoredEvent } from '@platform/event-store';

/** Initiatives credited to units (criterion 1.2 of the plan); reviews count them. */
@Entity({ name: 'initiatives' })
@Index(['planId', 'unitCode'])
export class InitiativeView {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  author: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'recognized_on', type: 'date' })
  recognizedOn: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
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
