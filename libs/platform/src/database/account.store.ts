import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource } from 'typeorm';
import { UserRow } from './user.entity';

/** The accounts table: credentials, not business facts, so they live beside the event store. */
@Injectable()
export class AccountStore {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  byUsername(username: string): Promise<UserRow | null> {
    return this.db.getRepository(UserRow).findOneBy({ username });
  }

  async usernames(): Promise<Set<string>> {
    const rows = await this.db.getRepository(UserRow).find({ select: { username: true } });
    return new Set(rows.map((u) => u.username));
  }

  /** Inserts the accounts that are missing; existing ones (and their passwords) are kept. */
  async addMissing(accounts: Array<Omit<UserRow, 'active'>>): Promise<void> {
    await this.db.getRepository(UserRow).createQueryBuilder().insert().values(accounts).orIgnore().execute();
  }

  async setCouncilChairs(usernames: string[]): Promise<void> {
    await this.db.getRepository(UserRow).update({ username: In(usernames) }, { councilChair: true });
  }

  /** Accounts seeded before organisations existed get theirs. */
  async setMissingOrganisation(usernames: string[], organisation: string): Promise<void> {
    await this.db
      .getRepository(UserRow)
      .update({ username: In(usernames), organisationCode: IsNull() }, { organisationCode: organisation });
  }

  /**
   * Claims a user name for an organisation's new account, with its first password. A name is
   * unique across organisations: a retry of the same claim is accepted; another's is refused.
   */
  async claim(input: {
    username: string;
    organisation: string;
    displayName: string;
    passwordHash: string;
  }): Promise<'claimed' | 'mine' | 'taken'> {
    const inserted = await this.db
      .getRepository(UserRow)
      .createQueryBuilder()
      .insert()
      .values({
        username: input.username,
        passwordHash: input.passwordHash,
        role: null,
        unitCode: null,
        organisationCode: input.organisation,
        displayName: input.displayName,
        councilChair: false,
        active: true,
      })
      .orIgnore()
      .returning(['username'])
      .execute();
    if ((inserted.raw as unknown[]).length > 0) return 'claimed';
    const holder = await this.byUsername(input.username);
    return holder?.organisationCode === input.organisation && holder.role === null ? 'mine' : 'taken';
  }

  async setPassword(username: string, passwordHash: string): Promise<void> {
    await this.db.getRepository(UserRow).update({ username }, { passwordHash });
  }
}
