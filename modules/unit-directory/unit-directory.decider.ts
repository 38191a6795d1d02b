import { assertNever, requireRole, type Command, type Decider, type DomainEvent } from '@kernel';
import { fail } from './unit-directory.errors';
import type { UnitKind } from '@modules/plan/plan.definition';

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  phong_ban: 'Phòng, ban, ngành',
  thon: 'Thôn',
  thi_tu: 'Thị tứ',
  trung_tam: 'Trung tâm',
  doan_the: 'Đoàn thể',
  doanh_nghiep: 'Doanh nghiệp',
};

export const UNIT_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;

export interface Unit {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode?: string;
}

/** Why a unit or one of its people may not be rewarded for now (domain.md §6). */
export interface RestrictionRecord {
  restrictionId: string;
  unitCode: string;
  /** Absent: the unit itself (collective); present: a person of the unit. */
  personName?: string;
  kind: 'discipline' | 'inspection' | 'complaint';
  reason: string;
}

export type UnitCommand =
  | Command<'RegisterUnit', Unit>
  | Command<'RecordRestriction', RestrictionRecord>
  | Command<'LiftRestriction', { restrictionId: string; reason: string }>;
export type UnitEvent =
  | DomainEvent<'UnitRegistered', Unit>
  | DomainEvent<'RestrictionRecorded', RestrictionRecord>
  | DomainEvent<'RestrictionLifted', { restrictionId: string; unitCode: string; reason: string }>;
export interface UnitDirectory {
  units: Record<string, Unit>;
  /** Active restrictions by id. */
  restrictions?: Record<string, RestrictionRecord>;
}

const REGISTRARS = ['owner', 'admin'] as const;
const RESTRICTORS = ['standing', 'owner', 'admin'] as const;

/** The units a commune's plans can assign work to: one directory, one stream. */
export function decideUnits(state: UnitDirectory, command: UnitCommand): UnitEvent[] {
  requireRole(command.actor, command.type === 'RegisterUnit' ? REGISTRARS : RESTRICTORS);
  const restrictions = state.restrictions ?? {};
  switch (command.type) {
    case 'RecordRestriction': {
      const record = command.data;
      if (!state.units[record.unitCode])
        fail('UNKNOWN_UNIT', `Không có đơn vị mã ${record.unitCode}`, { field: 'unitCode' });
      if (restrictions[record.restrictionId]) return [];
      return [{ type: 'RestrictionRecorded', data: record }];
    }
    case 'LiftRestriction': {
      const active = restrictions[command.data.restrictionId];
      if (!active) return [];
      return [
        {
          type: 'RestrictionLifted',
          data: {
            restrictionId: active.restrictionId,
            unitCode: active.unitCode,
            reason: command.data.reason,
          },
        },
      ];
    }
    case 'RegisterUnit': {
      const unit = command.data;
      if (!UNIT_CODE_PATTERN.test(unit.code))
        fail('INVALID_UNIT_CODE', 'Mã đơn vị chỉ gồm chữ in hoa, chữ số, “-” hoặc “_” (tối đa 32 ký tự)', {
          field: 'code',
        });
      const known = state.units[unit.code];
      if (known) {
        if (known.name === unit.name && known.kind === unit.kind && known.parentCode === unit.parentCode)
          return [];
        fail('ALREADY_EXISTS', `Mã đơn vị ${unit.code} đã được dùng cho “${known.name}”`, { field: 'code' });
      }
      if (unit.parentCode !== undefined && !state.units[unit.parentCode])
        fail('UNKNOWN_UNIT', `Không có đơn vị cấp trên mã ${unit.parentCode}`, { field: 'parentCode' });
      return [{ type: 'UnitRegistered', data: unit }];
    }
    default:
      return assertNever(command);
  }
}

export function evolveUnits(state: UnitDirectory, event: UnitEvent): UnitDirectory {
  const restrictions = state.restrictions ?? {};
  switch (event.type) {
    case 'UnitRegistered':
      return { ...state, units: { ...state.units, [event.data.code]: event.data } };
    case 'RestrictionRecorded':
      return { ...state, restrictions: { ...restrictions, [event.data.restrictionId]: event.data } };
    case 'RestrictionLifted': {
      const { [event.data.restrictionId]: _lifted, ...rest } = restrictions;
      return { ...state, restrictions: rest };
    }
    default:
      return assertNever(event);
  }
}

export const unitDecider: Decider<UnitDirectory, UnitCommand, UnitEvent> = {
  initialState: { units: {} },
  decide: decideUnits,
  evolve: evolveUnits,
};
