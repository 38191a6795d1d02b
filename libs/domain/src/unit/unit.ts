import { fail } from '../errors';
import { assertNever, requireRole, type Command, type Decider, type DomainEvent } from '../messages';
import type { UnitKind } from '../plan/definition';

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

export type UnitCommand = Command<'RegisterUnit', Unit>;
export type UnitEvent = DomainEvent<'UnitRegistered', Unit>;
export interface UnitDirectory {
  units: Record<string, Unit>;
}

const REGISTRARS = ['owner', 'admin'] as const;

/** The units a commune's plans can assign work to: one directory, one stream. */
export function decideUnits(state: UnitDirectory, command: UnitCommand): UnitEvent[] {
  requireRole(command.actor, REGISTRARS);
  switch (command.type) {
    case 'RegisterUnit': {
      const unit = command.data;
      if (!UNIT_CODE_PATTERN.test(unit.code))
        fail('RULE_VIOLATED', 'Mã đơn vị chỉ gồm chữ in hoa, chữ số, “-” hoặc “_” (tối đa 32 ký tự)', {
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
      return assertNever(command.type);
  }
}

export function evolveUnits(state: UnitDirectory, event: UnitEvent): UnitDirectory {
  return { units: { ...state.units, [event.data.code]: event.data } };
}

export const unitDecider: Decider<UnitDirectory, UnitCommand, UnitEvent> = {
  initialState: { units: {} },
  decide: decideUnits,
  evolve: evolveUnits,
};
