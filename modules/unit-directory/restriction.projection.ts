import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Projection, StoredEvent } from '@platform/event-store';
import type { UnitEvent } from './unit-directory.decider';

/** Discipline, inspection or complaint on a unit or one of its people: no reward while active. */
@Entity({ name: 'restrictions' })
@Index(['unitCode', 'active'])
export class RestrictionView {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @Column({ name: 'person_name', type: 'text', nullable: true })
  personName: string | null;

  @Column({ type: 'text' })
  kind: 'discipline' | 'inspection' | 'complaint';

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Column({ name: 'lifted_at', type: 'timestamptz', nullable: true })
  liftedAt: Date | null;
}

type RestrictionEvent = StoredEvent &
  Extract<UnitEvent, { type: 'RestrictionRecorded' | 'RestrictionLifted' }>;

export const restrictionProjection: Projection<RestrictionView> = {
  name: 'restrictions',
  entity: RestrictionView,
  keysOf: (event) =>
    event.type === 'RestrictionRecorded' || event.type === 'RestrictionLifted'
      ? [(event.data as { restrictionId: string }).restrictionId]
      : [],
  evolve(row, stored) {
    const event = stored as RestrictionEvent;
    if (event.type === 'RestrictionLifted')
      return Object.assign(new RestrictionView(), row, {
        active: false,
        liftedAt: new Date(stored.recordedAt),
      });
    const r = event.data;
    return Object.assign(new RestrictionView(), {
      id: r.restrictionId,
      unitCode: r.unitCode,
      personName: r.personName ?? null,
      kind: r.kind,
      reason: r.reason,
      active: true,
      recordedAt: new Date(stored.recordedAt),
      liftedAt: null,
    });
  },
};
