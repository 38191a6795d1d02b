import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { DomainError } from '@kernel';
import { AccountView, GrantView, PersonView } from './people.projection';

export interface PersonRecord {
  person: PersonView;
  accounts: Array<AccountView & { grants: GrantView[] }>;
}

/** Reads of an organisation's people, their accounts and grants. */
@Injectable()
export class PeopleQuery {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async directory(organisation: string): Promise<PersonRecord[]> {
    const people = await this.db
      .getRepository(PersonView)
      .find({ where: { organisationCode: organisation }, order: { fullName: 'ASC' } });
    return this.withAccounts(people);
  }

  async person(personId: string): Promise<PersonRecord> {
    const person = await this.db.getRepository(PersonView).findOneBy({ id: personId });
    if (!person) throw new DomainError('NOT_FOUND', 'Không tìm thấy người này', { field: 'personId' });
    return (await this.withAccounts([person]))[0];
  }

  async account(username: string): Promise<AccountView> {
    const account = await this.db.getRepository(AccountView).findOneBy({ id: username });
    if (!account)
      throw new DomainError('NOT_FOUND', `Không có tài khoản “${username}”`, { field: 'username' });
    return account;
  }

  async grant(grantId: string): Promise<GrantView> {
    const grant = await this.db.getRepository(GrantView).findOneBy({ id: grantId });
    if (!grant) throw new DomainError('NOT_FOUND', 'Không có vai trò này', { field: 'id' });
    return grant;
  }

  /**
   * The Emulation–Reward Council that votes, on a day: an organisation's (its council grants held
   * for no unit, and accounts from before grants that carry the role), or — with `unitCode` — a
   * company's own (the grants held for that unit). Members by user name; the chair by post.
   */
  async council(
    organisation: string | null,
    day: string,
    unitCode: string | null = null,
  ): Promise<{ members: string[]; chair: string }> {
    const rows = (await this.db.query(
      `SELECT username, bool_or(chair) AS chair FROM (
         SELECT u.username, u.council_chair AS chair FROM users u
          WHERE $3::text IS NULL AND u.role = 'council' AND u.active AND u.organisation_code IS NOT DISTINCT FROM $1
         UNION ALL
         SELECT g.username, g.council_post = 'chair' FROM grants g JOIN accounts a ON a.id = g.username
          WHERE g.role = 'council' AND a.active AND g.organisation_code = $1
            AND g.unit_code IS NOT DISTINCT FROM $3
            AND g.valid_from <= $2 AND (g.valid_to IS NULL OR g.valid_to >= $2)
            AND (g.revoked_on IS NULL OR g.revoked_on > $2)) council
       GROUP BY username ORDER BY username`,
      [organisation, day, unitCode],
    )) as Array<{ username: string; chair: boolean }>;
    return {
      members: rows.map((r) => r.username),
      chair: rows.find((r) => r.chair)?.username ?? rows[0]?.username ?? '',
    };
  }

  /** Council members of an organisation on a day, by user name (the chair flagged). */
  async councilOn(organisation: string, day: string): Promise<GrantView[]> {
    return this.db
      .getRepository(GrantView)
      .createQueryBuilder('g')
      .where('g.organisation_code = :organisation AND g.role = :role', { organisation, role: 'council' })
      .andWhere('g.valid_from <= :day AND (g.valid_to IS NULL OR g.valid_to >= :day)', { day })
      .andWhere('(g.revoked_on IS NULL OR g.revoked_on > :day)', { day })
      .orderBy('g.username', 'ASC')
      .getMany();
  }

  /** Who signs for an account holding the chairman's office (or a deputy's) on a day. */
  async signatory(username: string, day: string): Promise<{ fullName: string; deputy: boolean } | undefined> {
    const [row] = (await this.db.query(
      `SELECT p.full_name, g.deputy FROM grants g
         JOIN accounts a ON a.id = g.username JOIN people p ON p.id = a.person_id
        WHERE g.username = $1 AND g.role = 'chairman' AND g.valid_from <= $2
          AND (g.valid_to IS NULL OR g.valid_to >= $2) AND (g.revoked_on IS NULL OR g.revoked_on > $2)
        ORDER BY g.deputy LIMIT 1`,
      [username, day],
    )) as Array<{ full_name: string; deputy: boolean }>;
    return row && { fullName: row.full_name, deputy: row.deputy };
  }

  /** The head (not a deputy) in office in an organisation on a day: who would sign for it. */
  async headOn(organisation: string, day: string): Promise<string | undefined> {
    const [row] = (await this.db.query(
      `SELECT p.full_name FROM grants g
         JOIN accounts a ON a.id = g.username JOIN people p ON p.id = a.person_id
        WHERE g.organisation_code = $1 AND g.role = 'chairman' AND NOT g.deputy AND g.valid_from <= $2
          AND (g.valid_to IS NULL OR g.valid_to >= $2) AND (g.revoked_on IS NULL OR g.revoked_on > $2)
        ORDER BY g.valid_from DESC LIMIT 1`,
      [organisation, day],
    )) as Array<{ full_name: string }>;
    return row?.full_name;
  }

  /** The position an account's person holds ("Chánh Văn phòng"), if recorded. */
  async positionOf(username: string): Promise<string | undefined> {
    const [row] = (await this.db.query(
      `SELECT p.position FROM accounts a JOIN people p ON p.id = a.person_id WHERE a.id = $1`,
      [username],
    )) as Array<{ position: string | null }>;
    return row?.position ?? undefined;
  }

  /** The name an account goes by: its person's full name, or a demo account's display name. */
  async displayName(username: string): Promise<string> {
    const [row] = (await this.db.query(
      `SELECT p.full_name AS name FROM accounts a JOIN people p ON p.id = a.person_id WHERE a.id = $1
       UNION ALL SELECT display_name FROM users WHERE username = $1 LIMIT 1`,
      [username],
    )) as Array<{ name: string }>;
    return row?.name ?? username;
  }

  private async withAccounts(people: PersonView[]): Promise<PersonRecord[]> {
    const accounts = await this.db
      .getRepository(AccountView)
      .find({ where: { personId: In(people.map((p) => p.id)) }, order: { id: 'ASC' } });
    const grants = await this.db
      .getRepository(GrantView)
      .find({ where: { username: In(accounts.map((a) => a.id)) }, order: { validFrom: 'ASC' } });
    return people.map((person) => ({
      person,
      accounts: accounts
        .filter((a) => a.personId === person.id)
        .map((a) => Object.assign(a, { grants: grants.filter((g) => g.username === a.id) })),
    }));
  }
}
