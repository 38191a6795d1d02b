import {
  assertNever,
  requireRole,
  type CivilDate,
  type Command,
  type Decider,
  type DomainEvent,
  type CouncilPost,
  type Role,
  USERNAME_PATTERN,
} from '@kernel';
import { fail } from './people.errors';

/** A person of an organisation: accounts and roles hang on people, not the other way round. */
export interface Person {
  personId: string;
  fullName: string;
  position?: string;
  /** The unit the person works in (a village head: the village). */
  unitCode?: string;
  /** Where and as what the person worked before, each until a day (a transfer keeps the past). */
  formerPosts?: FormerPost[];
}

export interface FormerPost {
  unitCode: string | null;
  position: string | null;
  until: CivilDate;
}

export { COUNCIL_POSTS, USERNAME_PATTERN, type CouncilPost } from '@kernel';

/**
 * A role held over dates: for the organisation itself or, for `unit` and `standing`, one of its
 * units. One person may hold several at once (a centre's head who sits on the council).
 */
export interface Grant {
  grantId: string;
  username: string;
  role: Role;
  unitCode?: string;
  councilPost?: CouncilPost;
  /** A deputy signing for the chairman ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"). */
  deputy?: boolean;
  from: CivilDate;
  to?: CivilDate;
}

export interface Account {
  username: string;
  personId: string;
  active: boolean;
  /** A first or reset password must be changed by its person before anything else. */
  mustChangePassword: boolean;
}

export type PeopleCommand =
  | Command<'RegisterPerson', Person>
  /** A transfer or a new position, from a day on. */
  | Command<'ChangePost', { personId: string; unitCode?: string; position?: string; on: CivilDate }>
  | Command<'OpenAccount', { username: string; personId: string }>
  | Command<'ResetPassword', { username: string }>
  | Command<'ChangePassword', { username: string }>
  | Command<'DisableAccount', { username: string; reason: string }>
  | Command<'EnableAccount', { username: string }>
  | Command<'GrantRole', Grant>
  | Command<'RevokeRole', { grantId: string; on: CivilDate; reason: string }>;

export type PeopleEvent =
  | DomainEvent<'PersonRegistered', Person>
  | DomainEvent<
      'PostChanged',
      {
        personId: string;
        unitCode: string | null;
        position: string | null;
        on: CivilDate;
        former: FormerPost;
      }
    >
  | DomainEvent<'AccountOpened', { username: string; personId: string }>
  | DomainEvent<'PasswordReset', { username: string }>
  | DomainEvent<'PasswordChanged', { username: string }>
  | DomainEvent<'AccountDisabled', { username: string; reason: string }>
  | DomainEvent<'AccountEnabled', { username: string }>
  | DomainEvent<'RoleGranted', Grant>
  | DomainEvent<'RoleRevoked', { grantId: string; username: string; on: CivilDate; reason: string }>;

/** One organisation's people, accounts and grants: its own stream, written by its admins. */
export interface People {
  people: Record<string, Person>;
  accounts: Record<string, Account>;
  grants: Record<string, Grant & { revokedOn?: CivilDate }>;
}

const ADMINS = ['admin'] as const;

function account(state: People, username: string): Account {
  const found = state.accounts[username];
  if (!found) fail('UNKNOWN_ACCOUNT', `Không có tài khoản “${username}”`, { field: 'username' });
  return found;
}

export function decidePeople(state: People, command: PeopleCommand): PeopleEvent[] {
  // A person changes their own password; everything else is the organisation admin's.
  if (command.type === 'ChangePassword') {
    if (command.actor.username !== command.data.username)
      fail('FORBIDDEN', 'Chỉ người dùng tài khoản mới được đổi mật khẩu của mình');
    account(state, command.data.username);
    return [{ type: 'PasswordChanged', data: command.data }];
  }
  requireRole(command.actor, ADMINS);
  switch (command.type) {
    case 'RegisterPerson': {
      const person = command.data;
      const known = state.people[person.personId];
      if (known) return [];
      return [{ type: 'PersonRegistered', data: person }];
    }
    case 'ChangePost': {
      const { personId, on } = command.data;
      const person = state.people[personId];
      if (!person) fail('UNKNOWN_PERSON', 'Không có người này trong danh sách', { field: 'personId' });
      const [unitCode, position] = [command.data.unitCode ?? null, command.data.position ?? null];
      if ((person.unitCode ?? null) === unitCode && (person.position ?? null) === position) return [];
      const last = person.formerPosts?.at(-1)?.until;
      if (last && on <= last)
        fail('POST_DATE_OUT_OF_ORDER', `Ngày thay đổi phải sau lần thay đổi trước (${last})`, {
          field: 'on',
        });
      const former = { unitCode: person.unitCode ?? null, position: person.position ?? null, until: on };
      return [{ type: 'PostChanged', data: { personId, unitCode, position, on, former } }];
    }
    case 'OpenAccount': {
      const { username, personId } = command.data;
      if (!USERNAME_PATTERN.test(username))
        fail(
          'INVALID_USERNAME',
          'Tên đăng nhập gồm 2–64 ký tự: chữ thường không dấu, chữ số, “.”, “-” hoặc “_”',
          { field: 'username' },
        );
      if (!state.people[personId])
        fail('UNKNOWN_PERSON', 'Không có người này trong danh sách', { field: 'personId' });
      const known = state.accounts[username];
      if (known) {
        if (known.personId === personId) return [];
        fail('ALREADY_EXISTS', `Tên đăng nhập “${username}” đã được dùng`, { field: 'username' });
      }
      return [{ type: 'AccountOpened', data: { username, personId } }];
    }
    case 'ResetPassword':
      account(state, command.data.username);
      return [{ type: 'PasswordReset', data: command.data }];
    case 'DisableAccount':
      if (!account(state, command.data.username).active) return [];
      return [{ type: 'AccountDisabled', data: command.data }];
    case 'EnableAccount':
      if (account(state, command.data.username).active) return [];
      return [{ type: 'AccountEnabled', data: command.data }];
    case 'GrantRole': {
      const grant = command.data;
      account(state, grant.username);
      if (grant.to !== undefined && grant.to < grant.from)
        fail('INVALID_GRANT_PERIOD', 'Ngày kết thúc phải sau ngày bắt đầu', { field: 'to' });
      if ((grant.role === 'unit' || grant.role === 'standing') && !grant.unitCode)
        fail('UNIT_REQUIRED', 'Vai trò này cần đơn vị', { field: 'unitCode' });
      if (grant.role === 'council' && !grant.councilPost)
        fail('COUNCIL_POST_REQUIRED', 'Thành viên Hội đồng cần chức danh trong Hội đồng', {
          field: 'councilPost',
        });
      if (state.grants[grant.grantId]) return [];
      // The same open-ended role held already (e.g. a sheet imported again) is not granted twice.
      const held = Object.values(state.grants).some(
        (g) =>
          !g.revokedOn &&
          g.to === undefined &&
          grant.to === undefined &&
          g.username === grant.username &&
          g.role === grant.role &&
          g.unitCode === grant.unitCode &&
          g.councilPost === grant.councilPost,
      );
      if (held) return [];
      return [{ type: 'RoleGranted', data: grant }];
    }
    case 'RevokeRole': {
      const grant = state.grants[command.data.grantId];
      if (!grant) fail('UNKNOWN_GRANT', 'Không có vai trò này', { field: 'grantId' });
      if (grant.revokedOn) return [];
      return [{ type: 'RoleRevoked', data: { ...command.data, username: grant.username } }];
    }
    default:
      return assertNever(command);
  }
}

const withAccount = (state: People, username: string, change: Partial<Account>): People => ({
  ...state,
  accounts: { ...state.accounts, [username]: { ...state.accounts[username], ...change } },
});

export function evolvePeople(state: People, event: PeopleEvent): People {
  switch (event.type) {
    case 'PersonRegistered':
      return { ...state, people: { ...state.people, [event.data.personId]: event.data } };
    case 'PostChanged': {
      const { personId, unitCode, position, former } = event.data;
      const person = state.people[personId];
      const moved: Person = {
        ...person,
        unitCode: unitCode ?? undefined,
        position: position ?? undefined,
        formerPosts: [...(person.formerPosts ?? []), former],
      };
      return { ...state, people: { ...state.people, [personId]: moved } };
    }
    case 'AccountOpened': {
      const { username, personId } = event.data;
      const opened: Account = { username, personId, active: true, mustChangePassword: true };
      return { ...state, accounts: { ...state.accounts, [username]: opened } };
    }
    case 'PasswordReset':
      return withAccount(state, event.data.username, { mustChangePassword: true });
    case 'PasswordChanged':
      return withAccount(state, event.data.username, { mustChangePassword: false });
    case 'AccountDisabled':
      return withAccount(state, event.data.username, { active: false });
    case 'AccountEnabled':
      return withAccount(state, event.data.username, { active: true });
    case 'RoleGranted':
      return { ...state, grants: { ...state.grants, [event.data.grantId]: event.data } };
    case 'RoleRevoked': {
      const grant = state.grants[event.data.grantId];
      return {
        ...state,
        grants: { ...state.grants, [grant.grantId]: { ...grant, revokedOn: event.data.on } },
      };
    }
    default:
      return assertNever(event);
  }
}

export const peopleDecider: Decider<People, PeopleCommand, PeopleEvent> = {
  initialState: { people: {}, accounts: {}, grants: {} },
  decide: decidePeople,
  evolve: evolvePeople,
};
