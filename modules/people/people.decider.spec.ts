import { DeciderSpecification, type Actor } from '@kernel';
import { peopleDecider, type PeopleCommand } from './people.decider';

const admin: Actor = { userId: 'qt', username: 'qt', role: 'admin', organisation: 'XA-A' };
const spec = DeciderSpecification(peopleDecider);
const person = { personId: 'p1', fullName: 'Nguyễn Văn An', unitCode: 'THON-1' };
const by = (command: Omit<PeopleCommand, 'actor'>, actor = admin) => ({ ...command, actor }) as PeopleCommand;
const register = by({ type: 'RegisterPerson', data: person });
const open = by({ type: 'OpenAccount', data: { username: 'an.nv', personId: 'p1' } });
const granted = {
  grantId: 'g1',
  username: 'an.nv',
  role: 'unit' as const,
  unitCode: 'THON-1',
  from: '2026-01-01',
};
const grant = by({ type: 'GrantRole', data: granted });

describe('people, accounts and grants', () => {
  it('opens an account for a known person once; the name cannot go to someone else', () => {
    spec
      .after(register)
      .when(open)
      .then([{ type: 'AccountOpened', data: { username: 'an.nv', personId: 'p1' } }]);
    spec.after(register, open).when(open).thenNothingHappens();
    spec.given().when(open).thenThrows('UNKNOWN_PERSON', { field: 'personId' });
    spec
      .after(register, by({ type: 'RegisterPerson', data: { ...person, personId: 'p2' } }), open)
      .when(by({ type: 'OpenAccount', data: { username: 'an.nv', personId: 'p2' } }))
      .thenThrows('ALREADY_EXISTS', { field: 'username' });
    spec
      .after(register)
      .when(by({ type: 'OpenAccount', data: { username: 'An Nguyễn', personId: 'p1' } }))
      .thenThrows('INVALID_USERNAME', { field: 'username' });
  });

  it('grants a role once, with its unit or council post, and revokes it once', () => {
    spec
      .after(register, open)
      .when(grant)
      .then([{ type: 'RoleGranted', data: granted }]);
    spec.after(register, open, grant).when(grant).thenNothingHappens();
    spec
      .after(register, open)
      .when(
        by({
          type: 'GrantRole',
          data: { grantId: 'g2', username: 'an.nv', role: 'standing', from: '2026-01-01' },
        }),
      )
      .thenThrows('UNIT_REQUIRED', { field: 'unitCode' });
    spec
      .after(register, open)
      .when(
        by({
          type: 'GrantRole',
          data: { grantId: 'g3', username: 'an.nv', role: 'council', from: '2026-01-01' },
        }),
      )
      .thenThrows('COUNCIL_POST_REQUIRED', { field: 'councilPost' });
    spec
      .after(register, open)
      .when(
        by({
          type: 'GrantRole',
          data: { grantId: 'g4', username: 'an.nv', role: 'owner', from: '2026-05-01', to: '2026-01-01' },
        }),
      )
      .thenThrows('INVALID_GRANT_PERIOD', { field: 'to' });
    const revoke = by({
      type: 'RevokeRole',
      data: { grantId: 'g1', on: '2026-06-01', reason: 'Thôi giữ chức' },
    });
    spec
      .after(register, open, grant)
      .when(revoke)
      .then([
        {
          type: 'RoleRevoked',
          data: { grantId: 'g1', username: 'an.nv', on: '2026-06-01', reason: 'Thôi giữ chức' },
        },
      ]);
    spec.after(register, open, grant, revoke).when(revoke).thenNothingHappens();
  });

  it('lets only admins manage, and only the person change their own password', () => {
    const person: Actor = { userId: 'an.nv', username: 'an.nv', role: 'unit', unitCode: 'THON-1' };
    spec
      .given()
      .when(by({ type: 'RegisterPerson', data: person as never }, person))
      .thenThrows('FORBIDDEN');
    spec
      .after(register, open)
      .when(by({ type: 'ChangePassword', data: { username: 'an.nv' } }, person))
      .then([{ type: 'PasswordChanged', data: { username: 'an.nv' } }]);
    spec
      .after(register, open)
      .when(by({ type: 'ChangePassword', data: { username: 'an.nv' } }))
      .thenThrows('FORBIDDEN');
  });

  it('moves a person to another unit or post from a day, keeping the former one; never back in time', () => {
    const move = (unitCode: string, on: string) =>
      by({ type: 'ChangePost', data: { personId: 'p1', unitCode, position: 'Trưởng thôn', on } });
    spec
      .after(register)
      .when(move('THON-2', '2026-07-01'))
      .then((events, state) => {
        expect(events[0]).toMatchObject({
          type: 'PostChanged',
          data: { unitCode: 'THON-2', former: { unitCode: 'THON-1', position: null, until: '2026-07-01' } },
        });
        expect(state.people.p1).toMatchObject({ unitCode: 'THON-2', position: 'Trưởng thôn' });
      });
    spec
      .after(register, move('THON-2', '2026-07-01'))
      .when(move('THON-2', '2026-08-01'))
      .thenNothingHappens();
    spec
      .after(register, move('THON-2', '2026-07-01'))
      .when(move('THON-3', '2026-06-30'))
      .thenThrows('POST_DATE_OUT_OF_ORDER', { field: 'on' });
    spec
      .after(register)
      .when({ ...move('THON-2', '2026-07-01'), actor: { ...admin, role: 'owner' } })
      .thenThrows('FORBIDDEN');
  });
});
