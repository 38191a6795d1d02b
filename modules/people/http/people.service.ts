import { Injectable } from '@nestjs/common';
import { civilDateAt, DomainError, type Actor } from '@kernel';
import { OrganisationScope } from '@modules/unit-directory/organisation-scope.query';
import { AccountStore } from '@platform/database/account.store';
import { hashPassword, verifyPassword } from '@platform/database/password';
import { nameUuid } from '@platform/ids';
import { CommandGateway } from '@platform/temporal/command-gateway';
import type { Grant, PeopleCommand } from '../people.decider';
import { PeopleQuery, type PersonRecord } from '../people.query';
import { peopleRoute } from '../people.route';
import type { GrantDto, PasswordChangeDto, PersonDto, PostDto, RevokeDto } from './people.dto';

type Send = Omit<PeopleCommand, 'actor'>;

/**
 * People, accounts and roles of an organisation. Every change is a command on the
 * organisation's `people-<code>` stream, so auditors read who opened, reset, disabled, granted or
 * revoked what and when; passwords themselves stay in the credentials table, never in events.
 */
@Injectable()
export class PeopleService {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly query: PeopleQuery,
    private readonly scope: OrganisationScope,
    private readonly credentials: AccountStore,
  ) {}

  directory(organisation: string): Promise<PersonRecord[]> {
    return this.query.directory(organisation);
  }

  /** A person, with an account and roles when given; every step is idempotent, so a retry converges. */
  async register(organisation: string, dto: PersonDto, actor: Actor): Promise<PersonRecord> {
    if ((await this.scope.organisationOf(organisation)) !== organisation)
      throw new DomainError('NOT_FOUND', `${organisation} không phải một cơ quan, tổ chức`, {
        field: 'code',
      });
    if (dto.grants?.length && !dto.account)
      throw new DomainError('VALIDATION_FAILED', 'Cần tạo tài khoản trước khi giao vai trò', [
        { field: 'grants' },
      ]);
    await this.unitOf(organisation, dto.unitCode, 'unitCode');
    for (const [i, grant] of (dto.grants ?? []).entries())
      await this.unitOf(organisation, grant.unitCode, `grants.${i}.unitCode`);
    const personId = nameUuid(
      'person',
      organisation,
      dto.account?.username ?? `${dto.fullName}\n${dto.unitCode ?? ''}`,
    );
    const { fullName, position, unitCode } = dto;
    // A name another organisation holds is refused before anything is written.
    if (dto.account) await this.mustBeFree(dto.account.username, organisation);
    await this.send(organisation, actor, {
      type: 'RegisterPerson',
      data: { personId, fullName, position, unitCode },
    });
    if (dto.account) {
      const { username, password } = dto.account;
      if (!password && !(await this.credentials.byUsername(username)))
        throw new DomainError('VALIDATION_FAILED', 'Tài khoản mới cần mật khẩu ban đầu', [
          { field: 'account.password' },
        ]);
      const claim = await this.credentials.claim({
        username,
        organisation,
        displayName: fullName,
        passwordHash: await hashPassword(password),
      });
      if (claim === 'taken') this.taken(username);
      await this.send(organisation, actor, { type: 'OpenAccount', data: { username, personId } });
      for (const grant of dto.grants ?? []) await this.sendGrant(organisation, username, grant, actor);
    }
    return this.query.person(personId);
  }

  /** A transfer or a new position: the person keeps where and what they were before. */
  async changePost(personId: string, dto: PostDto, actor: Actor): Promise<PersonRecord> {
    const { person } = await this.query.person(personId);
    await this.unitOf(person.organisationCode, dto.unitCode, 'unitCode');
    await this.send(person.organisationCode, actor, {
      type: 'ChangePost',
      data: { personId, unitCode: dto.unitCode, position: dto.position?.trim() || undefined, on: dto.on },
    });
    return this.query.person(personId);
  }

  async grant(username: string, dto: GrantDto, actor: Actor): Promise<PersonRecord> {
    const account = await this.query.account(username);
    await this.unitOf(account.organisationCode, dto.unitCode, 'unitCode');
    await this.sendGrant(account.organisationCode, username, dto, actor);
    return this.query.person(account.personId);
  }

  async revoke(grantId: string, dto: RevokeDto, actor: Actor): Promise<PersonRecord> {
    const grant = await this.query.grant(grantId);
    const on = dto.on ?? civilDateAt(new Date());
    await this.send(grant.organisationCode, actor, {
      type: 'RevokeRole',
      data: { grantId, on, reason: dto.reason },
    });
    return this.query.person((await this.query.account(grant.username)).personId);
  }

  /** A new first password from the admin: the person must change it at the next login. */
  async resetPassword(username: string, password: string, actor: Actor): Promise<PersonRecord> {
    const account = await this.query.account(username);
    await this.send(account.organisationCode, actor, { type: 'ResetPassword', data: { username } });
    await this.credentials.setPassword(username, await hashPassword(password));
    return this.query.person(account.personId);
  }

  async setActive(username: string, active: boolean, reason: string, actor: Actor): Promise<PersonRecord> {
    const account = await this.query.account(username);
    await this.send(
      account.organisationCode,
      actor,
      active
        ? { type: 'EnableAccount', data: { username } }
        : { type: 'DisableAccount', data: { username, reason } },
    );
    return this.query.person(account.personId);
  }

  /** The person's own change; accounts from before people (the demo's) have no stream to record it in. */
  async changePassword(dto: PasswordChangeDto, actor: Actor): Promise<void> {
    const row = await this.credentials.byUsername(actor.username);
    if (!row || !(await verifyPassword(dto.currentPassword, row.passwordHash)))
      throw new DomainError('WEAK_PASSWORD', 'Mật khẩu hiện tại không đúng', { field: 'currentPassword' });
    if (dto.newPassword === dto.currentPassword)
      throw new DomainError('WEAK_PASSWORD', 'Mật khẩu mới phải khác mật khẩu được cấp', {
        field: 'newPassword',
      });
    const account = await this.query.account(actor.username).catch(() => undefined);
    if (account)
      await this.send(account.organisationCode, actor, {
        type: 'ChangePassword',
        data: { username: actor.username },
      });
    await this.credentials.setPassword(actor.username, await hashPassword(dto.newPassword));
  }

  private async mustBeFree(username: string, organisation: string): Promise<void> {
    const holder = await this.credentials.byUsername(username);
    if (holder && (holder.organisationCode !== organisation || holder.role !== null)) this.taken(username);
  }

  private taken(username: string): never {
    throw new DomainError('ALREADY_EXISTS', `Tên đăng nhập “${username}” đã được dùng`, {
      field: 'account.username',
    });
  }

  private async sendGrant(
    organisation: string,
    username: string,
    dto: GrantDto,
    actor: Actor,
  ): Promise<void> {
    const from = dto.from ?? civilDateAt(new Date());
    const grantId = nameUuid('grant', organisation, username, dto.role, dto.unitCode ?? '', from);
    const grant: Grant = { grantId, username, role: dto.role, from, ...withoutEmpty(dto) };
    await this.send(organisation, actor, { type: 'GrantRole', data: grant });
  }

  /** A unit named for a person or a role must be one of the organisation's own. */
  private async unitOf(organisation: string, unitCode: string | undefined, field: string): Promise<void> {
    if (unitCode && (await this.scope.organisationOf(unitCode)) !== organisation)
      throw new DomainError('UNKNOWN_UNIT', `Đơn vị ${unitCode} không thuộc tổ chức ${organisation}`, {
        field,
      });
  }

  private send(organisation: string, actor: Actor, command: Send) {
    return this.gateway.send(peopleRoute, organisation, { ...command, actor } as PeopleCommand);
  }
}

const withoutEmpty = (dto: GrantDto): Partial<Grant> => ({
  ...(dto.unitCode ? { unitCode: dto.unitCode } : {}),
  ...(dto.councilPost ? { councilPost: dto.councilPost } : {}),
  ...(dto.deputy ? { deputy: true } : {}),
  ...(dto.to ? { to: dto.to } : {}),
});
