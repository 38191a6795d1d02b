import { ApiProperty } from '@nestjs/swagger';
import { Entity } from 'typeorm';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type { FormerName, FormerParent, OrganisationProfile, UnitEvent } from './unit-directory.decider';
import type { Projection, StoredEvent } from '@platform/event-store';
import { defaultLevel, UNIT_LEVELS, type UnitLevel } from './unit-kinds';

class FormerNameShape implements FormerName {
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date', description: 'the last day under this name is the day before' })
  until: string;
}

class FormerParentShape implements FormerParent {
  @ApiProperty({ type: String, nullable: true }) parentCode: string | null;
  @ApiProperty({ format: 'date' }) until: string;
}

class ProfileShape implements OrganisationProfile {
  @ApiProperty({ example: 'Ủy ban nhân dân xã Kim Thành' }) issuingBody: string;
  @ApiProperty({ required: false, example: 'VHXH' }) standingUnit?: string;
  @ApiProperty({ required: false, example: 'VN-HP' }) jurisdiction?: string;
  @ApiProperty({ required: false, example: 'SKHCN' }) abbreviation?: string;
  @ApiProperty({ required: false, example: 'Ủy ban nhân dân thành phố Hải Phòng' }) governingBody?: string;
  @ApiProperty({ required: false, example: 'Hải Phòng' }) placeName?: string;
  @ApiProperty({ required: false, example: 'Giám đốc' }) headTitle?: string;
}

@Entity({ name: 'units' })
export class UnitView {
  /** The unit's code (e.g. VHXH). */
  @ApiPrimaryColumn({ type: 'text' })
  id: string;

  @ApiColumn({ type: 'text' })
  name: string;

  /** A kind's code (`GET /unit-kinds`). */
  @ApiColumn({ type: 'text' })
  kind: string;

  /** The kind's level: units above `internal` are organisations that issue plans. */
  @ApiColumn({ type: 'text' }, { enum: UNIT_LEVELS })
  level: UnitLevel;

  @ApiColumn({ name: 'parent_code', type: 'text', nullable: true })
  parentCode: string | null;

  @ApiColumn({ name: 'valid_from', type: 'date', nullable: true })
  validFrom: string | null;

  /** Merged or dissolved on this day: kept for history, refused as a new assignee. */
  @ApiColumn({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @ApiColumn({ name: 'merged_into', type: 'text', nullable: true })
  mergedInto: string | null;

  @ApiColumn(
    { name: 'former_names', type: 'jsonb', default: () => "'[]'" },
    { type: () => [FormerNameShape] },
  )
  formerNames: FormerName[];

  @ApiColumn(
    { name: 'former_parents', type: 'jsonb', default: () => "'[]'" },
    { type: () => [FormerParentShape] },
  )
  formerParents: FormerParent[];

  /** An organisation's issuing body, standing agency and rule set, once its admin set them. */
  @ApiColumn({ type: 'jsonb', nullable: true }, { type: () => ProfileShape, nullable: true })
  profile: OrganisationProfile | null;

  @ApiColumn({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;
}

type Of<T extends UnitEvent['type']> = StoredEvent & Extract<UnitEvent, { type: T }>;
const HISTORY = new Set([
  'UnitRegistered',
  'UnitRenamed',
  'UnitMoved',
  'UnitMerged',
  'UnitDissolved',
  'OrganisationProfileSet',
]);

export const unitProjection: Projection<UnitView> = {
  name: 'units',
  entity: UnitView,
  keysOf: (event) => (HISTORY.has(event.type) ? [(event.data as { code: string }).code] : []),
  evolve(row, stored) {
    const event = stored as StoredEvent & UnitEvent;
    const change = (patch: Partial<UnitView>) => Object.assign(new UnitView(), row, patch);
    switch (event.type) {
      case 'UnitRenamed': {
        const { name, formerName, on } = (event as Of<'UnitRenamed'>).data;
        return change({ name, formerNames: [...(row?.formerNames ?? []), { name: formerName, until: on }] });
      }
      case 'UnitMoved': {
        const { parentCode, formerParentCode, on } = (event as Of<'UnitMoved'>).data;
        return change({
          parentCode,
          formerParents: [...(row?.formerParents ?? []), { parentCode: formerParentCode, until: on }],
        });
      }
      case 'UnitMerged':
        return change({
          endedOn: (event as Of<'UnitMerged'>).data.on,
          mergedInto: (event as Of<'UnitMerged'>).data.into,
        });
      case 'UnitDissolved':
        return change({ endedOn: (event as Of<'UnitDissolved'>).data.on });
      case 'OrganisationProfileSet':
        return change({ profile: (event as Of<'OrganisationProfileSet'>).data.profile });
      default: {
        const { data } = event as Of<'UnitRegistered'>;
        return Object.assign(new UnitView(), {
          id: data.code,
          name: data.name,
          kind: data.kind,
          level: data.level ?? defaultLevel(data.kind),
          parentCode: data.parentCode ?? null,
          validFrom: data.validFrom ?? null,
          endedOn: null,
          mergedInto: null,
          formerNames: [],
          formerParents: [],
          profile: null,
          registeredAt: new Date(stored.recordedAt),
        });
      }
    }
  },
};
