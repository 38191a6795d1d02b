import { Entity, Index } from 'typeorm';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type { Projection, StoredEvent } from '@platform/event-store';
import type { UnitEvent } from './unit-directory.decider';

/** Discipline, inspection or complaint on a unit or one of its people: no reward while active. */
@Entity({ name: 'restrictions' })
@Index(['unitCode', 'active'])
export class RestrictionView {
  @ApiPrimaryColumn({ type: 'uuid' })
  id: string;

  @ApiColumn({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @ApiColumn({ name: 'person_name', type: 'text', nullable: true })
  personName: string | null;

  @ApiColumn({ type: 'text' })
  kind: 'discipline' | 'inspection' | 'complaint';

  @ApiColumn({ type: 'text' })
  reason: string;

  @ApiColumn({ type: 'boolean' })
  active: boolean;

  @ApiColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @ApiColumn({ name: 'lifted_at', type: 'timestamptz', nullable: true })
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
