import { DeciderSpecification, type Actor } from '@kernel';
import { unitDecider, type UnitCommand, type UnitEvent } from './unit-directory.decider';

const owner: Actor = { userId: 'owner', username: 'owner', role: 'owner' };
const vhxh: Actor = { userId: 'vhxh', username: 'vhxh', role: 'standing', unitCode: 'VHXH' };
const spec = DeciderSpecification(unitDecider);

const ttvh = { code: 'TTVH', name: 'Trung tâm Văn hóa, Thể thao – Truyền thông', kind: 'trung_tam' as const };
const register = (unit: typeof ttvh & { parentCode?: string }): UnitCommand => ({
  type: 'RegisterUnit',
  data: unit,
  actor: owner,
});
const registered: UnitEvent = { type: 'UnitRegistered', data: ttvh };
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
});
