import { Entity } from 'typeorm';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type { UnitEvent } from './unit-directory.decider';
import type { UnitKind } from '@modules/plan/plan.definition';
import type { Projection, StoredEvent } from '@platform/event-store';

@Entity({ name: 'units' })
export class UnitView {
  /** The unit's code (e.g. VHXH). */
  @ApiPrimaryColumn({ type: 'text' })
  id: string;

  @ApiColumn({ type: 'text' })
  name: string;

  @ApiColumn({ type: 'text' })
  kind: UnitKind;

  @ApiColumn({ name: 'parent_code', type: 'text', nullable: true })
  parentCode: string | null;

  @ApiColumn({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;
}

export const unitProjection: Projection<UnitView> = {
  name: 'units',
  entity: UnitView,
  keysOf: (event) => (event.type === 'UnitRegistered' ? [(event.data as { code: string }).code] : []),
  evolve(_row, stored) {
    const { data } = stored as StoredEvent & Extract<UnitEvent, { type: 'UnitRegistered' }>;
    return Object.assign(new UnitView(), {
      id: data.code,
      name: data.name,
      kind: data.kind,
      parentCode: data.parentCode ?? null,
      registeredAt: new Date(stored.recordedAt),
    });
  },
};
