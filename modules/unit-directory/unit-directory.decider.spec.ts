import { DeciderSpecification, type Actor } from '@kernel';
import { unitDecider, type Unit, type UnitCommand, type UnitEvent } from './unit-directory.decider';

const owner: Actor = { userId: 'owner', username: 'owner', role: 'owner' };
const vhxh: Actor = { userId: 'vhxh', username: 'vhxh', role: 'standing', unitCode: 'VHXH' };
const spec = DeciderSpecification(unitDecider);

const ttvh = { code: 'TTVH', name: 'Trung tâm Văn hóa, Thể thao – Truyền thông', kind: 'trung_tam' as const };
const register = (unit: Unit): UnitCommand => ({
  type: 'RegisterUnit',
  data: unit,
  actor: owner,
});
const registered: UnitEvent = { type: 'UnitRegistered', data: { ...ttvh, level: 'internal' } };
const restriction = {
  restrictionId: 'r1',
  unitCode: 'TTVH',
  kind: 'inspection' as const,
  reason: 'Đang thanh tra tài chính',
};
const restrict: UnitCommand = { type: 'RecordRestriction', data: restriction, actor: vhxh };
const lift: UnitCommand = {
  type: 'LiftRestriction',
  data: { restrictionId: 'r1', reason: 'Đã có kết luận thanh tra' },
  actor: vhxh,
};

describe('the unit directory', () => {
  it('registers a unit once; the same again changes nothing, another under its code clashes', () => {
    spec.given().when(register(ttvh)).then([registered]);
    spec.given(registered).when(register(ttvh)).thenNothingHappens();
    spec
      .given(registered)
      .when(register({ ...ttvh, name: 'Đơn vị khác' }))
      .thenThrows('ALREADY_EXISTS', { field: 'code' });
  });

  it('refuses a malformed code and a parent it does not know', () => {
    spec
      .given()
      .when(register({ ...ttvh, code: 'tt vh' }))
      .thenThrows('INVALID_UNIT_CODE', { field: 'code' });
    spec
      .given()
      .when(register({ ...ttvh, parentCode: 'UBND' }))
      .thenThrows('UNKNOWN_UNIT', { field: 'parentCode' });
  });

  it('lets only owners and admins register, and the standing agency restrict', () => {
    spec
      .given()
      .when({ ...register(ttvh), actor: vhxh })
      .thenThrows('FORBIDDEN');
    spec
      .given(registered)
      .when({ ...restrict, actor: { ...vhxh, role: 'unit' } })
      .thenThrows('FORBIDDEN');
  });

  it('records a restriction on a known unit once, and lifts it once', () => {
    spec.given().when(restrict).thenThrows('UNKNOWN_UNIT', { field: 'unitCode' });
    spec
      .given(registered)
      .when(restrict)
      .then([{ type: 'RestrictionRecorded', data: restriction }]);
    spec.after(register(ttvh), restrict).when(restrict).thenNothingHappens();
    spec
      .after(register(ttvh), restrict)
      .when(lift)
      .then([
        {
          type: 'RestrictionLifted',
          data: { restrictionId: 'r1', unitCode: 'TTVH', reason: 'Đã có kết luận thanh tra' },
        },
      ]);
    spec.after(register(ttvh), restrict, lift).when(lift).thenNothingHappens();
  });

  describe('kinds are data', () => {
    const admin: Actor = { userId: 'admin', username: 'admin', role: 'admin' };
    const htx = { code: 'hop_tac_xa', label: 'Hợp tác xã', level: 'internal' as const };
    const define = (data: typeof htx): UnitCommand => ({ type: 'DefineUnitKind', data, actor: admin });
    const defined: UnitEvent = { type: 'UnitKindDefined', data: htx };

    it('refuses a unit of a kind nobody defined, and takes it once an admin defines the kind', () => {
      const coop = { code: 'HTX', name: 'Hợp tác xã Nông nghiệp Kim Thành', kind: 'hop_tac_xa' };
      spec.given().when(register(coop)).thenThrows('UNKNOWN_UNIT_KIND', { field: 'kind' });
      spec.given().when(define(htx)).then([defined]);
      spec.given(defined).when(define(htx)).thenNothingHappens();
      spec
        .given(defined)
        .when(register(coop))
        .then([{ type: 'UnitRegistered', data: { ...coop, level: 'internal' } }]);
    });

    it('lets only admins define kinds, never moves a kind to another level, and takes a communes kind by default', () => {
      spec
        .given()
        .when({ ...define(htx), actor: owner })
        .thenThrows('FORBIDDEN');
      spec
        .given()
        .when(define({ code: 'thon', label: 'Thôn', level: 'commune' as never }))
        .thenThrows('ALREADY_EXISTS', { field: 'level' });
      spec
        .given()
        .when(define({ ...htx, code: 'Hợp tác xã' }))
        .thenThrows('INVALID_UNIT_CODE', { field: 'code' });
      const ward = { code: 'PHUONG-A', name: 'Phường A', kind: 'phuong' };
      spec
        .given()
        .when(register(ward))
        .then([{ type: 'UnitRegistered', data: { ...ward, level: 'commune' } }]);
    });
  });

  describe('history', () => {
    const xaA = { code: 'XA-A', name: 'Xã A', kind: 'xa' as const };
    const xaB = { code: 'XA-B', name: 'Xã B', kind: 'xa' as const };
    const thon = { code: 'THON-1', name: 'Thôn 1', kind: 'thon' as const, parentCode: 'XA-A' };
    const all = [xaA, xaB, thon].map((u) => register(u));
    const change = (command: Omit<Extract<UnitCommand, { type: 'MergeUnit' }>, 'actor'> | object) =>
      ({ ...command, actor: owner }) as UnitCommand;
    const on = '2025-07-01';

    it('renames once, keeping the former name', () => {
      const rename = change({ type: 'RenameUnit', data: { code: 'XA-A', name: 'Xã A mới', on } });
      spec
        .after(...all)
        .when(rename)
        .then([{ type: 'UnitRenamed', data: { code: 'XA-A', name: 'Xã A mới', formerName: 'Xã A', on } }]);
      spec
        .after(...all, rename)
        .when(rename)
        .thenNothingHappens();
    });

    it('merges a commune into another: its villages move along and remember the former commune', () => {
      const merge = change({ type: 'MergeUnit', data: { code: 'XA-A', into: 'XA-B', on } });
      spec
        .after(...all)
        .when(merge)
        .then([
          { type: 'UnitMoved', data: { code: 'THON-1', parentCode: 'XA-B', formerParentCode: 'XA-A', on } },
          { type: 'UnitMerged', data: { code: 'XA-A', into: 'XA-B', on } },
        ]);
      spec
        .after(...all, merge)
        .when(merge)
        .thenNothingHappens();
      spec
        .after(...all, merge)
        .when(change({ type: 'RenameUnit', data: { code: 'XA-A', name: 'X', on } }))
        .thenThrows('UNIT_ENDED', { field: 'code' });
      spec
        .after(...all, merge)
        .when(register({ ...ttvh, parentCode: 'XA-A' }))
        .thenThrows('UNIT_ENDED', { field: 'parentCode' });
    });

    it('refuses to move a unit under itself, and to dissolve one that still has units', () => {
      spec
        .after(...all)
        .when(change({ type: 'MoveUnit', data: { code: 'XA-A', parentCode: 'THON-1', on } }))
        .thenThrows('UNIT_CYCLE', { field: 'parentCode' });
      spec
        .after(...all)
        .when(change({ type: 'DissolveUnit', data: { code: 'XA-A', on } }))
        .thenThrows('UNIT_HAS_UNITS', { field: 'code' });
      spec
        .after(...all)
        .when(change({ type: 'DissolveUnit', data: { code: 'THON-1', on } }))
        .then([{ type: 'UnitDissolved', data: { code: 'THON-1', on } }]);
    });
  });

  describe('an organisation’s profile', () => {
    const admin: Actor = { userId: 'qt', username: 'qt', role: 'admin' };
    const xa = { code: 'XA-A', name: 'Xã A', kind: 'xa' };
    const directory = [
      register(xa),
      register({ ...ttvh, parentCode: 'XA-A' }),
      register({ code: 'THON-1', name: 'Thôn 1', kind: 'thon', parentCode: 'TTVH' }),
    ];
    const profile = (data: object): UnitCommand =>
      ({ type: 'SetOrganisationProfile', actor: admin, data: { code: 'XA-A', ...data } }) as UnitCommand;
    const good = {
      profile: { issuingBody: 'Ủy ban nhân dân xã A', standingUnit: 'TTVH', jurisdiction: 'VN-A' },
    };

    it('is set by an admin, once; the same again changes nothing', () => {
      const set = spec.after(...directory).when(profile(good));
      set.then([{ type: 'OrganisationProfileSet', data: { code: 'XA-A', ...good } }]);
      spec
        .after(...directory, profile(good))
        .when(profile(good))
        .thenNothingHappens();
      spec
        .after(...directory)
        .when({ ...profile(good), actor: owner })
        .thenThrows('FORBIDDEN');
    });

    it('belongs to organisations only, with a standing agency directly under it', () => {
      spec
        .after(...directory)
        .when({ ...profile(good), data: { code: 'TTVH', ...good } } as UnitCommand)
        .thenThrows('NOT_AN_ORGANISATION', { field: 'code' });
      spec
        .after(...directory)
        .when(profile({ profile: { issuingBody: 'UBND xã A', standingUnit: 'THON-1' } }))
        .thenThrows('NOT_AN_ORGANISATION', { field: 'standingUnit' });
      spec
        .after(...directory)
        .when(profile({ profile: { issuingBody: 'UBND xã A', standingUnit: 'KHONG' } }))
        .thenThrows('UNKNOWN_UNIT', { field: 'standingUnit' });
    });
  });
});
