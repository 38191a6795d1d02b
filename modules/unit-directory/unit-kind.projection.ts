import { Entity } from 'typeorm';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type { Projection, StoredEvent } from '@platform/event-store';
import type { UnitEvent } from './unit-directory.decider';
import { UNIT_LEVELS, type UnitLevel } from './unit-kinds';

/** The kinds admins defined; the defaults live in code (`unit-kinds.ts`) and are merged on read. */
@Entity({ name: 'unit_kinds' })
export class UnitKindView {
  @ApiPrimaryColumn({ type: 'text' })
  id: string;

  @ApiColumn({ type: 'text' })
  label: string;

  @ApiColumn({ type: 'text', enum: UNIT_LEVELS })
  level: UnitLevel;
}

export const unitKindProjection: Projection<UnitKindView> = {
  name: 'unit_kinds',
  entity: UnitKindView,
  keysOf: (event) => (event.type === 'UnitKindDefined' ? [(event.data as { code: string }).code] : []),
  evolve(_row, stored) {
    const { data } = stored as StoredEvent & Extract<UnitEvent, { type: 'UnitKindDefined' }>;
    return Object.assign(new UnitKindView(), { id: data.code, label: data.label, level: data.level });
  },
};
