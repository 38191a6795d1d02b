import {
  assertNever,
  requireRole,
  type CivilDate,
  type Actor,
  type Command,
  type Decider,
  type DomainEvent,
  UNIT_CODE_PATTERN,
} from '@kernel';
import { fail } from './unit-directory.errors';
import {
  defaultLevel,
  kindCatalogue,
  UNIT_KIND_CODE_PATTERN,
  type UnitKindDefinition,
  type UnitLevel,
} from './unit-kinds';

export { UNIT_CODE_PATTERN } from '@kernel';

export interface Unit {
  code: string;
  name: string;
  /** A kind's code from the catalogue (`unit-kinds.ts`). */
  kind: string;
  parentCode?: string;
  /** From when the unit exists (e.g. a commune formed on 01/07/2025). */
  validFrom?: CivilDate;
}

/** What the unit was called, or under whom it was, until a date: reports group by former units. */
export interface FormerName {
  name: string;
  until: CivilDate;
}
export interface FormerParent {
  parentCode: string | null;
  until: CivilDate;
}

/**
 * What an organisation that issues plans and decisions is known by: the body that signs its
 * documents, the unit that is its standing agency for emulation work, and the rule set it follows.
 */
export interface OrganisationProfile {
  issuingBody: string;
  standingUnit?: string;
  /** The reward rule set's jurisdiction its plans follow unless a plan names another. */
  jurisdiction?: string;
  /** How its documents present it, where the defaults from its level do not fit (see document-form). */
  abbreviation?: string;
  governingBody?: string;
  placeName?: string;
  headTitle?: string;
}

/** A unit as the directory keeps it: with its history, and ended once merged or dissolved. */
export interface UnitRecord extends Unit {
  level?: UnitLevel;
  profile?: OrganisationProfile;
  formerNames?: FormerName[];
  formerParents?: FormerParent[];
  endedOn?: CivilDate;
  mergedInto?: string;
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
  | Command<'DefineUnitKind', UnitKindDefinition>
  | Command<'RenameUnit', { code: string; name: string; on: CivilDate }>
  | Command<'MoveUnit', { code: string; parentCode: string | null; on: CivilDate }>
  | Command<'MergeUnit', { code: string; into: string; on: CivilDate }>
  | Command<'DissolveUnit', { code: string; on: CivilDate }>
  | Command<'SetOrganisationProfile', { code: string; profile: OrganisationProfile }>
  | Command<'RecordRestriction', RestrictionRecord>
  | Command<'LiftRestriction', { restrictionId: string; reason: string }>;
export type UnitEvent =
  /** `level`: the kind's, fixed with it; absent in events recorded before kinds were data. */
  | DomainEvent<'UnitRegistered', Unit & { level?: UnitLevel }>
  | DomainEvent<'UnitKindDefined', UnitKindDefinition>
  | DomainEvent<'UnitRenamed', { code: string; name: string; formerName: string; on: CivilDate }>
  | DomainEvent<
      'UnitMoved',
      { code: string; parentCode: string | null; formerParentCode: string | null; on: CivilDate }
    >
  | DomainEvent<'UnitMerged', { code: string; into: string; on: CivilDate }>
  | DomainEvent<'UnitDissolved', { code: string; on: CivilDate }>
  | DomainEvent<'OrganisationProfileSet', { code: string; profile: OrganisationProfile }>
  | DomainEvent<'RestrictionRecorded', RestrictionRecord>
  | DomainEvent<'RestrictionLifted', { restrictionId: string; unitCode: string; reason: string }>;
export interface UnitDirectory {
  units: Record<string, UnitRecord>;
  /** Kinds defined by admins, over the defaults. */
  kinds?: Record<string, UnitKindDefinition>;
  /** Active restrictions by id. */
  restrictions?: Record<string, RestrictionRecord>;
}

const REGISTRARS = ['owner', 'admin'] as const;
const RESTRICTORS = ['standing', 'owner', 'admin'] as const;
const ROLES: Record<UnitCommand['type'], readonly Actor['role'][]> = {
  RegisterUnit: REGISTRARS,
  RenameUnit: REGISTRARS,
  MoveUnit: REGISTRARS,
  MergeUnit: REGISTRARS,
  DissolveUnit: REGISTRARS,
  DefineUnitKind: ['admin'],
  SetOrganisationProfile: ['admin'],
  RecordRestriction: RESTRICTORS,
  LiftRestriction: RESTRICTORS,
};

/** The units a commune's plans can assign work to: one directory, one stream. */
export function decideUnits(state: UnitDirectory, command: UnitCommand): UnitEvent[] {
  requireRole(command.actor, ROLES[command.type]);
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
        if (
          known.name === unit.name &&
          known.kind === unit.kind &&
          known.parentCode === unit.parentCode &&
          (unit.validFrom === undefined || known.validFrom === unit.validFrom)
        )
          return [];
        fail('ALREADY_EXISTS', `Mã đơn vị ${unit.code} đã được dùng cho “${known.name}”`, { field: 'code' });
      }
      const kind = kindCatalogue(state.kinds).find((k) => k.code === unit.kind);
      if (!kind) fail('UNKNOWN_UNIT_KIND', `Không có loại đơn vị “${unit.kind}”`, { field: 'kind' });
      if (unit.parentCode !== undefined) live(state, unit.parentCode, 'parentCode');
      return [{ type: 'UnitRegistered', data: { ...unit, level: kind.level } }];
    }
    case 'DefineUnitKind': {
      const kind = command.data;
      if (!UNIT_KIND_CODE_PATTERN.test(kind.code))
        fail('INVALID_UNIT_CODE', 'Mã loại đơn vị chỉ gồm chữ thường không dấu, chữ số và “_”', {
          field: 'code',
        });
      const known = kindCatalogue(state.kinds).find((k) => k.code === kind.code);
      if (known && known.level !== kind.level)
        fail('ALREADY_EXISTS', `Loại đơn vị “${kind.code}” đã có ở cấp khác`, { field: 'level' });
      if (known && known.label === kind.label) return [];
      return [{ type: 'UnitKindDefined', data: kind }];
    }
    case 'RenameUnit': {
      const { code, name, on } = command.data;
      const unit = live(state, code, 'code');
      if (unit.name === name) return [];
      return [{ type: 'UnitRenamed', data: { code, name, formerName: unit.name, on } }];
    }
    case 'MoveUnit': {
      const { code, parentCode, on } = command.data;
      const unit = live(state, code, 'code');
      if ((unit.parentCode ?? null) === parentCode) return [];
      if (parentCode !== null) {
        live(state, parentCode, 'parentCode');
        if (ancestry(state, parentCode).includes(code))
          fail('UNIT_CYCLE', `Không thể chuyển đơn vị ${code} vào một đơn vị trực thuộc chính nó`, {
            field: 'parentCode',
          });
      }
      return [
        { type: 'UnitMoved', data: { code, parentCode, formerParentCode: unit.parentCode ?? null, on } },
      ];
    }
    case 'MergeUnit': {
      const { code, into, on } = command.data;
      if (state.units[code]?.mergedInto === into) return [];
      live(state, code, 'code');
      live(state, into, 'into');
      if (code === into || ancestry(state, into).includes(code))
        fail('UNIT_CYCLE', `Không thể sáp nhập đơn vị ${code} vào chính nó hoặc đơn vị trực thuộc nó`, {
          field: 'into',
        });
      // Its units go with it: they keep the merged unit as their former parent.
      const children = childrenOf(state, code).map((child): UnitEvent => ({
        type: 'UnitMoved',
        data: { code: child.code, parentCode: into, formerParentCode: code, on },
      }));
      return [...children, { type: 'UnitMerged', data: { code, into, on } }];
    }
    case 'SetOrganisationProfile': {
      const { code, profile } = command.data;
      const unit = live(state, code, 'code');
      if ((unit.level ?? defaultLevel(unit.kind)) === 'internal')
        fail(
          'NOT_AN_ORGANISATION',
          `${unit.name} là đơn vị trực thuộc, không phải cơ quan ban hành văn bản`,
          {
            field: 'code',
          },
        );
      const { standingUnit } = profile;
      if (standingUnit) {
        const standing = live(state, standingUnit, 'standingUnit');
        if (standing.parentCode !== code)
          fail('NOT_AN_ORGANISATION', `Cơ quan thường trực phải là đơn vị trực thuộc ${unit.name}`, {
            field: 'standingUnit',
          });
      }
      if (JSON.stringify(unit.profile ?? null) === JSON.stringify(profile)) return [];
      return [{ type: 'OrganisationProfileSet', data: { code, profile } }];
    }
    case 'DissolveUnit': {
      const { code, on } = command.data;
      if (state.units[code]?.endedOn && !state.units[code].mergedInto) return [];
      live(state, code, 'code');
      if (childrenOf(state, code).length > 0)
        fail('UNIT_HAS_UNITS', `Đơn vị ${code} còn đơn vị trực thuộc: hãy chuyển hoặc sáp nhập chúng trước`, {
          field: 'code',
        });
      return [{ type: 'UnitDissolved', data: { code, on } }];
    }
    default:
      return assertNever(command);
  }
}

/** A unit that still exists, or the refusal naming the field that pointed at it. */
function live(state: UnitDirectory, code: string, field: string): UnitRecord {
  const unit = state.units[code];
  if (!unit) fail('UNKNOWN_UNIT', `Không có đơn vị mã ${code}`, { field });
  if (unit.endedOn)
    fail(
      'UNIT_ENDED',
      unit.mergedInto
        ? `Đơn vị ${code} đã sáp nhập vào ${unit.mergedInto} từ ngày ${unit.endedOn}`
        : `Đơn vị ${code} đã giải thể từ ngày ${unit.endedOn}`,
      { field },
    );
  return unit;
}

/** The unit and its parents up to the root. */
function ancestry(state: UnitDirectory, code: string): string[] {
  const chain: string[] = [];
  for (let at: string | undefined = code; at && !chain.includes(at); at = state.units[at]?.parentCode)
    chain.push(at);
  return chain;
}

const childrenOf = (state: UnitDirectory, code: string): UnitRecord[] =>
  Object.values(state.units).filter((u) => u.parentCode === code && !u.endedOn);

const withUnit = (
  state: UnitDirectory,
  code: string,
  change: (unit: UnitRecord) => UnitRecord,
): UnitDirectory => ({ ...state, units: { ...state.units, [code]: change(state.units[code]) } });

export function evolveUnits(state: UnitDirectory, event: UnitEvent): UnitDirectory {
  const restrictions = state.restrictions ?? {};
  switch (event.type) {
    case 'UnitRegistered':
      return { ...state, units: { ...state.units, [event.data.code]: event.data } };
    case 'UnitKindDefined':
      return { ...state, kinds: { ...state.kinds, [event.data.code]: event.data } };
    case 'UnitRenamed': {
      const { code, name, formerName, on } = event.data;
      return withUnit(state, code, (u) => ({
        ...u,
        name,
        formerNames: [...(u.formerNames ?? []), { name: formerName, until: on }],
      }));
    }
    case 'UnitMoved': {
      const { code, parentCode, formerParentCode, on } = event.data;
      return withUnit(state, code, (u) => ({
        ...u,
        parentCode: parentCode ?? undefined,
        formerParents: [...(u.formerParents ?? []), { parentCode: formerParentCode, until: on }],
      }));
    }
    case 'UnitMerged':
      return withUnit(state, event.data.code, (u) => ({
        ...u,
        endedOn: event.data.on,
        mergedInto: event.data.into,
      }));
    case 'UnitDissolved':
      return withUnit(state, event.data.code, (u) => ({ ...u, endedOn: event.data.on }));
    case 'OrganisationProfileSet':
      return withUnit(state, event.data.code, (u) => ({ ...u, profile: event.data.profile }));
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
