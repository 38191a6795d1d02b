import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@platform/config';
import { demoUsers } from '@demo';
import { DomainError } from '@kernel';
import type { TokenDto } from './login.dto';
import { ROLE_LABELS, type Actor } from '@kernel';
import { UnitDirectoryQuery } from '@modules/unit-directory/unit-directory.query';
import { AccountStore } from '@platform/database/account.store';
import { Accounts } from './accounts';
import type { MeDto } from './me.dto';
import { hashPassword, verifyPassword } from '@platform/database/password';

const DEMO_PASSWORD = 'demo';

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly log = new Logger('auth');

  constructor(
    private readonly accounts: AccountStore,
    private readonly identities: Accounts,
    private readonly units: UnitDirectoryQuery,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  async me(actor: Actor, mustChangePassword: boolean): Promise<MeDto> {
    const account = await this.accounts.byUsername(actor.username);
    const unit = actor.unitCode ? await this.units.unit(actor.unitCode).catch(() => undefined) : undefined;
    const organisation = actor.organisation
      ? await this.units.unit(actor.organisation).catch(() => undefined)
      : undefined;
    return {
      username: actor.username,
      displayName: account?.displayName || actor.username,
      role: actor.role,
      roleLabel: ROLE_LABELS[actor.role],
      unitCode: actor.unitCode ?? null,
      unitName: unit?.name ?? null,
      organisationCode: actor.organisation ?? null,
      organisationName: organisation?.name ?? null,
      mustChangePassword,
    };
  }

  async login(username: string, password: string): Promise<TokenDto> {
    const user = await this.accounts.byUsername(username.trim().toLowerCase());
    // Same answer and similar cost whether the user exists or not: no account enumeration.
    const ok = user
      ? await verifyPassword(password, user.passwordHash)
      : (await hashPassword(password), false);
    const identity = user && ok ? await this.identities.identify(user.username) : undefined;
    if (!identity) throw new DomainError('UNAUTHENTICATED', 'Tên đăng nhập hoặc mật khẩu không đúng');
    if (identity.grants.length === 0)
      throw new DomainError('FORBIDDEN', 'Tài khoản chưa được giao vai trò nào đang có hiệu lực');
    // Only the subject: the guard reads the roles from the account on every request.
    const accessToken = await this.jwt.signAsync({ sub: identity.username });
    const [first] = identity.grants;
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: this.config.JWT_TTL_SECONDS,
      role: first.role,
      unitCode: first.unitCode ?? null,
      mustChangePassword: identity.mustChangePassword,
    };
  }

  /** Demo accounts exist only in demo mode; inserting is idempotent and keeps existing hashes. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.DEMO_MODE) return;
    const existing = await this.accounts.usernames();
    const missing = demoUsers.filter((u) => !existing.has(u.username));
    if (missing.length > 0) {
      const hash = await hashPassword(DEMO_PASSWORD);
      await this.accounts.addMissing(
        missing.map(({ organisation, ...u }) => ({
          ...u,
          unitCode: u.unitCode ?? null,
          organisationCode: organisation ?? null,
          councilChair: u.councilChair ?? false,
          passwordHash: hash,
        })),
      );
      this.log.log(`seeded ${missing.length} demo accounts`);
    }
    // Databases seeded before the council had a chair get it now.
    await this.accounts.setCouncilChairs(demoUsers.filter((u) => u.councilChair).map((u) => u.username));
    for (const organisation of new Set(demoUsers.map((u) => u.organisation)))
      if (organisation)
        await this.accounts.setMissingOrganisation(
          demoUsers.filter((u) => u.organisation === organisation).map((u) => u.username),
          organisation,
        );
  }
}
