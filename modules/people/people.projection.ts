import { Entity, Index } from 'typeorm';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type { Projection, StoredEvent } from '@platform/event-store';
import { ROLES, type Role } from '@kernel';
import { COUNCIL_POSTS, type CouncilPost, type FormerPost, type PeopleEvent } from './people.decider';
import { ApiProperty } from '@nestjs/swagger';

type Of<T extends PeopleEvent['type']> = StoredEvent & Extract<PeopleEvent, { type: T }>;
/** The organisation whose stream (`people-<code>`) recorded the event. */
const organisationOf = (event: StoredEvent): string => event.streamId.replace(/^people-/, '');

class FormerPostShape implements FormerPost {
  @ApiProperty({ type: String, nullable: true }) unitCode: string | null;
  @ApiProperty({ type: String, nullable: true }) position: string | null;
  @ApiProperty({ format: 'date', description: 'the post ended the day before' }) until: string;
}

@Entity({ name: 'people' })
@Index(['organisationCode'])
export class PersonView {
  @ApiPrimaryColumn({ type: 'uuid' })
  id: string;

  @ApiColumn({ name: 'organisation_code', type: 'text' })
  organisationCode: string;

  @ApiColumn({ name: 'full_name', type: 'text' })
  fullName: string;

  @ApiColumn({ type: 'text', nullable: true })
  position: string | null;

  @ApiColumn({ name: 'unit_code', type: 'text', nullable: true })
  unitCode: string | null;

  @ApiColumn(
    { name: 'former_posts', type: 'jsonb', default: () => "'[]'" },
    { type: () => [FormerPostShape] },
  )
  formerPosts: FormerPost[];
}

export const personProjection: Projection<PersonView> = {
  name: 'people',
  entity: PersonView,
  keysOf: (event) =>
    event.type === 'PersonRegistered' || event.type === 'PostChanged'
      ? [(event.data as { personId: string }).personId]
      : [],
  evolve(row, stored) {
    if (stored.type === 'PostChanged') {
      const { unitCode, position, former } = (stored as Of<'PostChanged'>).data;
      return Object.assign(new PersonView(), row, {
        unitCode,
        position,
        formerPosts: [...(row?.formerPosts ?? []), former],
      });
    }
    const { data } = stored as Of<'PersonRegistered'>;
    return Object.assign(new PersonView(), {
      id: data.personId,
      organisationCode: organisationOf(stored),
      fullName: data.fullName,
      position: data.position ?? null,
      unitCode: data.unitCode ?? null,
      formerPosts: [],
    });
  },
};

/** An account as its organisation's admins see it; its password lives in the credentials table. */
@Entity({ name: 'accounts' })
@Index(['organisationCode'])
export class AccountView {
  /** The user name. */
  @ApiPrimaryColumn({ type: 'text' })
  id: string;

  @ApiColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ApiColumn({ name: 'organisation_code', type: 'text' })
  organisationCode: string;

  @ApiColumn({ type: 'boolean' })
  active: boolean;

  @ApiColumn({ name: 'must_change_password', type: 'boolean' })
  mustChangePassword: boolean;

  @ApiColumn({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;
}

const ACCOUNT_EVENTS = new Set([
  'AccountOpened',
  'PasswordReset',
  'PasswordChanged',
  'AccountDisabled',
  'AccountEnabled',
]);

export const accountProjection: Projection<AccountView> = {
  name: 'accounts',
  entity: AccountView,
  keysOf: (event) => (ACCOUNT_EVENTS.has(event.type) ? [(event.data as { username: string }).username] : []),
  evolve(row, stored) {
    const event = stored as StoredEvent & PeopleEvent;
    const change = (patch: Partial<AccountView>) => Object.assign(new AccountView(), row, patch);
    switch (event.type) {
      case 'PasswordReset':
        return change({ mustChangePassword: true });
      case 'PasswordChanged':
        return change({ mustChangePassword: false });
      case 'AccountDisabled':
        return change({ active: false });
      case 'AccountEnabled':
        return change({ active: true });
      default: {
        const { data } = event as Of<'AccountOpened'>;
        return Object.assign(new AccountView(), {
          id: data.username,
          personId: data.personId,
          organisationCode: organisationOf(stored),
          active: true,
          mustChangePassword: true,
          openedAt: new Date(stored.recordedAt),
        });
      }
    }
  },
};

/** A role held over dates; a revoked one keeps its row, with the day it stopped. */
@Entity({ name: 'grants' })
@Index(['username'])
@Index(['organisationCode', 'role'])
export class GrantView {
  @ApiPrimaryColumn({ type: 'uuid' })
  id: string;

  @ApiColumn({ type: 'text' })
  username: string;

  @ApiColumn({ name: 'organisation_code', type: 'text' })
  organisationCode: string;

  @ApiColumn({ type: 'text' }, { enum: ROLES })
  role: Role;

  @ApiColumn({ name: 'unit_code', type: 'text', nullable: true })
  unitCode: string | null;

  @ApiColumn({ name: 'council_post', type: 'text', nullable: true }, { enum: COUNCIL_POSTS })
  councilPost: CouncilPost | null;

  @ApiColumn({ type: 'boolean', default: false })
  deputy: boolean;

  @ApiColumn({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @ApiColumn({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;

  @ApiColumn({ name: 'revoked_on', type: 'date', nullable: true })
  revokedOn: string | null;

  @ApiColumn({ name: 'revoke_reason', type: 'text', nullable: true })
  revokeReason: string | null;
}

export const grantProjection: Projection<GrantView> = {
  name: 'grants',
  entity: GrantView,
  keysOf: (event) =>
    event.type === 'RoleGranted' || event.type === 'RoleRevoked'
      ? [(event.data as { grantId: string }).grantId]
      : [],
  evolve(row, stored) {
    const event = stored as StoredEvent & PeopleEvent;
    if (event.type === 'RoleRevoked')
      return Object.assign(new GrantView(), row, {
        revokedOn: event.data.on,
        revokeReason: event.data.reason,
      });
    const { data } = event as Of<'RoleGranted'>;
    return Object.assign(new GrantView(), {
      id: data.grantId,
      username: data.username,
      organisationCode: organisationOf(stored),
      role: data.role,
      unitCode: data.unitCode ?? null,
      councilPost: data.councilPost ?? null,
      deputy: data.deputy ?? false,
      validFrom: data.from,
      validTo: data.to ?? null,
      revokedOn: null,
      revokeReason: null,
    });
  },
};
